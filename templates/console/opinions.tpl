{{%AUTOESCAPE context="HTML"}}
{{! The 舆情 register: VIEW_OPEN VIEW_LATE VIEW_RESPONDED VIEW_CLOSED; OPINIONS (FillOpinion); NO_OPINIONS; PAGINATION. }}
<header class="page-header"><h1>舆情回应</h1>
<p><a class="btn btn-primary" href="/console/opinions/new">登记舆情</a></p></header>
<p class="muted">国办发〔2016〕61号：涉及特别重大、重大突发事件的政务舆情，最迟 5 小时内发布权威信息，24 小时内举行新闻发布会；其他政务舆情 48 小时内回应。本登记簿仅工作人员可见。</p>
<nav class="tabs" aria-label="舆情状态"><ul>
<li><a href="/console/opinions"{{#VIEW_OPEN}} aria-current="page"{{/VIEW_OPEN}}>待回应</a></li>
<li><a href="/console/opinions?view=late"{{#VIEW_LATE}} aria-current="page"{{/VIEW_LATE}}>超时未回应</a></li>
<li><a href="/console/opinions?view=responded"{{#VIEW_RESPONDED}} aria-current="page"{{/VIEW_RESPONDED}}>已回应</a></li>
<li><a href="/console/opinions?view=closed"{{#VIEW_CLOSED}} aria-current="page"{{/VIEW_CLOSED}}>已办结</a></li>
</ul></nav>
{{#NO_OPINIONS}}<div class="card empty-state"><p>没有舆情。</p></div>{{/NO_OPINIONS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="舆情">
<table class="table">
<thead><tr><th scope="col">舆情</th><th scope="col">级别</th><th scope="col">发现时间</th><th scope="col">回应时限</th><th scope="col">状态</th></tr></thead>
<tbody>{{#OPINIONS}}<tr><td><a href="/console/opinions/{{ID}}">{{TITLE}}</a><br><span class="muted">{{SOURCE}} · {{AGENCY}}</span></td><td><span class="badge opinion-{{LEVEL_CODE}}">{{LEVEL}}</span></td><td>{{FOUND}}</td><td>{{DUE}}{{#LATE}}<br><span class="badge badge-error">已超时</span>{{/LATE}}</td><td>{{STATE}}{{#IN_TIME}}（按时）{{/IN_TIME}}{{#NOT_IN_TIME}}（超时）{{/NOT_IN_TIME}}</td></tr>{{/OPINIONS}}</tbody>
</table></div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
