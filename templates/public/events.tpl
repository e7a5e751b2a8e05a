{{%AUTOESCAPE context="HTML"}}
{{! 听证会与开放日: UPCOMING, PAST (each FillEvent); NO_UPCOMING NO_PAST; Q; PAGINATION (of the past ones). }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <span aria-current="page">听证会与开放日</span></nav>
<header class="page-header"><h1>听证会与开放日</h1>
<p class="lead">本机关举办的听证会、政府开放日和在线访谈。需要报名的活动可在线报名，名额报满后可登记候补；听证会的听证材料在召开 7 日前公布，参加人名单在召开前公布（《重大行政决策程序暂行条例》第十六条）。</p></header>
<form class="filters" method="get" action="/events" role="search" aria-label="查找活动">
<div class="field"><label for="ev-q">查找</label><input id="ev-q" name="q" type="search" value="{{Q}}" maxlength="200" placeholder="活动名称或内容"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">查找</button></div>
</form>
<section aria-labelledby="up-title"><h2 id="up-title">即将举行</h2>
{{#NO_UPCOMING}}<div class="card empty-state"><p>目前没有即将举行的活动。</p></div>{{/NO_UPCOMING}}
<ul class="card-list event-list">{{#UPCOMING}}<li class="card"><h3 class="card-title"><a href="/events/{{ID}}">{{TITLE}}</a> <span class="badge event-{{PHASE_CODE}}">{{PHASE}}</span></h3>
<p class="muted">{{KIND}} · {{STARTS}} · {{PLACE}}{{#REGISTRATION}} · 名额 {{CAPACITY}} 人，尚余 {{LEFT}} 人{{/REGISTRATION}}</p>{{#CANCELLED}}<p class="muted">已取消：{{REASON}}</p>{{/CANCELLED}}</li>{{/UPCOMING}}</ul>
</section>
<section aria-labelledby="past-title"><h2 id="past-title">往期活动</h2>
{{#NO_PAST}}<div class="card empty-state"><p>暂无往期活动。</p></div>{{/NO_PAST}}
<ul class="card-list event-list">{{#PAST}}<li class="card"><h3 class="card-title"><a href="/events/{{ID}}">{{TITLE}}</a> <span class="badge event-{{PHASE_CODE}}">{{PHASE}}</span></h3>
<p class="muted">{{KIND}} · {{STARTS}} · {{PLACE}}</p></li>{{/PAST}}</ul>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
</section>
<p class="muted">订阅：<a href="/events/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/events">/api/v1/events</a> · <a href="/events/check">查询我的报名</a></p>
