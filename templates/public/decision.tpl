{{%AUTOESCAPE context="HTML"}}
{{! A major decision: FillDecision. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/decisions?year={{YEAR}}">重大行政决策</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge decision-progress-{{PROGRESS_CODE}}">{{PROGRESS}}</span> <span class="muted">{{YEAR}} 年重大行政决策事项 · {{AGENCY}}</span></p></header>
<section class="card" aria-labelledby="info-title">
<h2 class="card-title" id="info-title">事项</h2>
<dl class="pairs">
<dt>承办单位</dt><dd>{{OWNER}}</dd>
{{#HAS_SUMMARY}}<dt>事项简介</dt><dd class="prewrap">{{SUMMARY}}</dd>{{/HAS_SUMMARY}}
{{#CONSULTATION}}<dt>公众参与</dt><dd><a href="/consultations/{{ID}}">{{TITLE}}</a></dd>{{/CONSULTATION}}
{{#RESULT}}<dt>决策文件</dt><dd><a href="/items/{{INDEX_NO}}">{{TITLE}}</a></dd>{{/RESULT}}
<dt>列入目录</dt><dd>{{PUBLISHED_ON}}</dd>
</dl>
</section>
<section class="card" aria-labelledby="stages-title">
<h2 class="card-title" id="stages-title">决策环节</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="各环节的计划和完成时间">
<table class="table">
<thead><tr><th scope="col">环节</th><th scope="col">计划时间</th><th scope="col">完成时间</th></tr></thead>
<tbody>{{#STAGES}}<tr><th scope="row">{{LABEL}}</th><td>{{PLANNED}}</td><td>{{#IS_DONE}}<span class="badge badge-ok">已完成</span> {{DONE}}{{/IS_DONE}}{{#IS_PLANNED}}<span class="muted">未完成</span>{{/IS_PLANNED}}{{#IS_NONE}}<span class="muted">未安排</span>{{/IS_NONE}}</td></tr>{{/STAGES}}</tbody>
</table></div>
<p class="muted">专家论证、风险评估按决策事项的需要开展，未安排的不适用。</p>
</section>
