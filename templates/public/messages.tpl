{{%AUTOESCAPE context="HTML"}}
{{! 留言咨询: MESSAGES (FillMessage, public); NO_MESSAGES; Q; ANSWER_DAYS; PAGINATION. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <span aria-current="page">留言咨询</span></nav>
<header class="page-header"><h1>留言咨询</h1>
<p class="lead">向本机关咨询、提出建议或反映问题。留言一般在 {{ANSWER_DAYS}} 个工作日内答复；答复后经审核公开（您要求不公开的除外），姓名和联系方式不会公开。</p>
<p><a class="btn btn-primary" href="/messages/new">我要留言</a> <a class="btn btn-secondary" href="/messages/check">查询留言办理情况</a></p></header>
<form class="filters" method="get" action="/messages" role="search" aria-label="查找留言">
<div class="field"><label for="ms-q">查找</label><input id="ms-q" name="q" type="search" value="{{Q}}" maxlength="200" placeholder="标题或留言中的词语"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">查找</button></div>
</form>
{{#NO_MESSAGES}}<div class="card empty-state"><p>暂无公开的留言。</p></div>{{/NO_MESSAGES}}
<ul class="card-list message-list">{{#MESSAGES}}
<li class="card"><h2 class="card-title"><a href="/messages/{{ID}}">{{TITLE}}</a> <span class="badge badge-muted">{{CATEGORY}}</span></h2>
<p class="muted">{{RECEIVED_ON}} 留言{{#ANSWERED}} · {{ON}} 答复{{/ANSWERED}}{{#HAS_DEPARTMENT}} · 办理：{{DEPARTMENT}}{{/HAS_DEPARTMENT}}</p>
<p class="message-excerpt">{{BODY}}</p></li>{{/MESSAGES}}
</ul>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
<p class="muted">订阅：<a href="/messages/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/messages">/api/v1/messages</a></p>
