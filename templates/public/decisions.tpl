{{%AUTOESCAPE context="HTML"}}
{{! 重大行政决策事项目录: CATALOGUE (YEAR, YEARS (VALUE CURRENT)) or SEARCH (Q); DECISIONS (FillDecision); NO_DECISIONS. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <span aria-current="page">重大行政决策</span></nav>
<header class="page-header"><h1>{{#CATALOGUE}}{{YEAR}} 年重大行政决策事项目录{{/CATALOGUE}}{{#SEARCH}}重大行政决策事项查找结果{{/SEARCH}}</h1>
<p class="lead">按照《重大行政决策程序暂行条例》，重大行政决策经公众参与、专家论证、风险评估、合法性审查和集体讨论决定后公布。本目录公开每个事项的承办单位和各环节进展。</p></header>
{{#CATALOGUE}}<nav class="tabs" aria-label="年度"><ul>{{#YEARS}}<li><a href="/decisions?year={{VALUE}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{VALUE}} 年</a></li>{{/YEARS}}</ul></nav>{{/CATALOGUE}}
<form class="filters" method="get" action="/decisions" role="search" aria-label="查找决策事项">
<div class="field"><label for="dc-q">查找</label><input id="dc-q" name="q" type="search" value="{{Q}}" maxlength="200" placeholder="事项名称、简介或承办单位"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">查找</button></div>
</form>
{{#NO_DECISIONS}}<div class="card empty-state"><p>暂无公开的重大行政决策事项。</p></div>{{/NO_DECISIONS}}
<ol class="card-list decision-list">{{#DECISIONS}}
<li class="card"><h2 class="card-title"><a href="/decisions/{{ID}}">{{TITLE}}</a> <span class="badge decision-progress-{{PROGRESS_CODE}}">{{PROGRESS}}</span></h2>
<p class="muted">{{YEAR}} 年 · 承办单位：{{OWNER}}{{#CONSULTATION}} · <a href="/consultations/{{ID}}">意见征集</a>{{/CONSULTATION}}{{#RESULT}} · <a href="/items/{{INDEX_NO}}">决策文件</a>{{/RESULT}}</p>
<ol class="stage-track" aria-label="“{{TITLE}}”的决策环节">{{#STAGES}}<li class="stage-{{#IS_DONE}}done{{/IS_DONE}}{{#IS_PLANNED}}planned{{/IS_PLANNED}}{{#IS_NONE}}none{{/IS_NONE}}">{{LABEL}}<span class="stage-date">{{#IS_DONE}}已完成 {{DONE}}{{/IS_DONE}}{{#IS_PLANNED}}计划 {{PLANNED}}{{/IS_PLANNED}}{{#IS_NONE}}未安排{{/IS_NONE}}</span></li>{{/STAGES}}</ol></li>{{/DECISIONS}}
</ol>
<p class="muted">订阅：<a href="/decisions/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/decisions">/api/v1/decisions</a></p>
