{{%AUTOESCAPE context="HTML"}}
{{! 意见征集: BROWSE (OPEN UPCOMING CLOSED each FillConsultation, HAS_* or NO_*; PAGINATION) or SEARCH (RESULTS, HAS_RESULTS or
    NO_RESULTS); Q. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <span aria-current="page">意见征集</span></nav>
<header class="page-header"><h1>意见征集</h1>
<p class="lead">重大行政决策和规范性文件草案在此公开征求意见。征集期一般不少于 30 日（《重大行政决策程序暂行条例》第十五条）；征集结束后，逐条处理意见并公布采纳情况。各重大行政决策事项的进展见<a href="/decisions">重大行政决策事项目录</a>。</p></header>
<form class="filters" method="get" action="/consultations" role="search" aria-label="查找意见征集">
<div class="field"><label for="cs-q">查找</label><input id="cs-q" name="q" type="search" value="{{Q}}" maxlength="200" placeholder="标题或草案中的词语"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">查找</button></div>
</form>
{{#SEARCH}}<section aria-labelledby="res-title"><h2 id="res-title">“{{Q}}”的查找结果</h2>
{{#HAS_RESULTS}}<ul class="card-list consult-list">{{#RESULTS}}<li class="card"><h3 class="card-title"><a href="/consultations/{{ID}}">{{TITLE}}</a> <span class="badge consult-{{PHASE_CODE}}">{{PHASE}}</span></h3>
<p class="muted">{{AGENCY}} · 征集期 {{OPENS_ON}} 至 {{CLOSES_ON}}（{{PERIOD_DAYS}} 日） · 已公开意见 {{PUBLISHED_COMMENTS}} 条{{#REPORT}} · 已公布采纳情况{{/REPORT}}</p></li>{{/RESULTS}}</ul>{{/HAS_RESULTS}}
{{#NO_RESULTS}}<div class="card empty-state"><p>没有找到相关的意见征集。</p></div>{{/NO_RESULTS}}
</section>{{/SEARCH}}
{{#BROWSE}}
<section aria-labelledby="open-title"><h2 id="open-title">正在征集</h2>
{{#HAS_OPEN}}<ul class="card-list consult-list">{{#OPEN}}<li class="card"><h3 class="card-title"><a href="/consultations/{{ID}}">{{TITLE}}</a> <span class="badge consult-open">征集中</span></h3>
<p class="muted">{{AGENCY}} · 征集期 {{OPENS_ON}} 至 <strong>{{CLOSES_ON}}</strong>（{{PERIOD_DAYS}} 日） · 已公开意见 {{PUBLISHED_COMMENTS}} 条</p>
{{#SHORT}}<p class="muted">征集期不足 30 日的理由：{{REASON}}</p>{{/SHORT}}
<p><a class="btn btn-primary btn-small" href="/consultations/{{ID}}#comment-form">发表意见<span class="sr-only">：{{TITLE}}</span></a></p></li>{{/OPEN}}</ul>{{/HAS_OPEN}}
{{#NO_OPEN}}<div class="card empty-state"><p>目前没有正在征集意见的草案。</p></div>{{/NO_OPEN}}
</section>
{{#HAS_UPCOMING}}<section aria-labelledby="up-title"><h2 id="up-title">即将开始</h2>
<ul class="card-list consult-list">{{#UPCOMING}}<li class="card"><h3 class="card-title"><a href="/consultations/{{ID}}">{{TITLE}}</a> <span class="badge consult-upcoming">未开始</span></h3>
<p class="muted">{{AGENCY}} · 征集期 {{OPENS_ON}} 至 {{CLOSES_ON}}（{{PERIOD_DAYS}} 日）</p></li>{{/UPCOMING}}</ul></section>{{/HAS_UPCOMING}}
<section aria-labelledby="closed-title"><h2 id="closed-title">已结束</h2>
{{#NO_CLOSED}}<div class="card empty-state"><p>暂无已结束的意见征集。</p></div>{{/NO_CLOSED}}
{{#HAS_CLOSED}}<ul class="card-list consult-list">{{#CLOSED}}<li class="card"><h3 class="card-title"><a href="/consultations/{{ID}}">{{TITLE}}</a> <span class="badge consult-closed">已结束</span>{{#REPORT}} <span class="badge badge-ok">已公布采纳情况</span>{{/REPORT}}</h3>
<p class="muted">{{AGENCY}} · 征集期 {{OPENS_ON}} 至 {{CLOSES_ON}} · 已公开意见 {{PUBLISHED_COMMENTS}} 条</p></li>{{/CLOSED}}</ul>{{/HAS_CLOSED}}
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
</section>
{{/BROWSE}}
<p class="muted">订阅：<a href="/consultations/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/consultations">/api/v1/consultations</a> · <a href="/consultations/check">查询我提交的意见</a></p>
