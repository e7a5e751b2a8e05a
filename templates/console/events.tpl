{{%AUTOESCAPE context="HTML"}}
{{! The events of the user's agencies: VIEW_UPCOMING VIEW_PAST VIEW_DRAFT; EVENTS (FillEvent; PARTICIPANTS_DUE); NO_EVENTS; CAN_CREATE; PAGINATION. }}
<header class="page-header"><h1>听证会与开放日</h1>
{{#CAN_CREATE}}<p><a class="btn btn-primary" href="/console/events/new">新建活动</a></p>{{/CAN_CREATE}}</header>
<nav class="tabs" aria-label="活动视图"><ul>
<li><a href="/console/events"{{#VIEW_UPCOMING}} aria-current="page"{{/VIEW_UPCOMING}}>即将举行</a></li>
<li><a href="/console/events?view=past"{{#VIEW_PAST}} aria-current="page"{{/VIEW_PAST}}>已举行</a></li>
<li><a href="/console/events?view=draft"{{#VIEW_DRAFT}} aria-current="page"{{/VIEW_DRAFT}}>草稿</a></li>
</ul></nav>
{{#NO_EVENTS}}<div class="card empty-state"><p>没有活动。</p></div>{{/NO_EVENTS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="活动">
<table class="table">
<thead><tr><th scope="col">活动</th><th scope="col">类型</th><th scope="col">时间</th><th scope="col">报名</th><th scope="col">状态</th></tr></thead>
<tbody>{{#EVENTS}}<tr><td><a href="/console/events/{{ID}}">{{TITLE}}</a><br><span class="muted">{{AGENCY}}</span>{{#PARTICIPANTS_DUE}}<br><span class="badge badge-error">参加人名单尚未公布</span>{{/PARTICIPANTS_DUE}}</td><td>{{KIND}}</td><td>{{STARTS}}</td><td>{{#REGISTRATION}}{{CONFIRMED}}/{{CAPACITY}}，候补 {{WAITING}}{{/REGISTRATION}}</td><td><span class="badge event-{{PHASE_CODE}}">{{PHASE}}</span></td></tr>{{/EVENTS}}</tbody>
</table></div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
