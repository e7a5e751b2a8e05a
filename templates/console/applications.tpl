{{%AUTOESCAPE context="HTML"}}
{{! Application lists by due date. CAN_REGISTER; TABS (CODE LABEL CURRENT COUNT (N)); VIEW; DEPT_OPTIONS (VALUE LABEL SELECTED);
    CASES (ID NUMBER STATE STATE_CODE NAME DESCRIPTION RECEIVED_ON DUE_ON WAITING_UNTIL CLOSED_ON OUTCOME OVERDUE); EMPTY; PAGINATION. }}
<header class="page-header"><h1>依申请公开</h1>{{#CAN_REGISTER}}<div><a class="btn btn-primary" href="/console/applications/new">登记申请</a> <a class="btn btn-secondary" href="/console/applications/cases">案例库</a> <a class="btn btn-secondary" href="/console/applications/stats">统计</a> <a class="btn btn-secondary" href="/console/applications/report">年度报告统计</a> <a class="btn btn-secondary" href="/console/applications/proactive">依申请转主动</a></div>{{/CAN_REGISTER}}</header>
<nav class="tabs" aria-label="申请列表">
<ul>{{#TABS}}<li><a href="/console/applications?view={{CODE}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}{{#COUNT}} <span class="badge badge-muted">{{N}}</span>{{/COUNT}}</a></li>{{/TABS}}</ul>
</nav>
{{#CAN_REGISTER}}
<form class="filters" method="get" action="/console/applications" aria-label="按部门筛选">
<input type="hidden" name="view" value="{{VIEW}}">
<div class="field"><label for="f-dept">协查部门</label><select id="f-dept" name="department"><option value="">全部</option>{{#DEPT_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DEPT_OPTIONS}}</select></div>
<button type="submit" class="btn btn-secondary">筛选</button>
</form>
{{/CAN_REGISTER}}
{{#EMPTY}}<p class="empty-state">暂无申请。</p>{{/EMPTY}}
<div class="table-wrap" tabindex="0" role="region" aria-label="申请列表">
<table class="table">
<thead><tr><th scope="col">申请编号</th><th scope="col">申请人</th><th scope="col">申请内容</th><th scope="col">状态</th><th scope="col">收到日期</th><th scope="col">答复期限</th></tr></thead>
<tbody>{{#CASES}}
<tr><td class="nowrap"><a class="code" href="/console/applications/{{ID}}">{{NUMBER}}</a></td><td>{{NAME}}</td><td>{{DESCRIPTION}}</td><td><span class="badge state-{{STATE_CODE}}">{{STATE}}</span>{{#CONFIRM_LATE}} <span class="badge badge-error">超过一个工作日未确认</span>{{/CONFIRM_LATE}}{{#OUTCOME}}<br><span class="muted">{{OUTCOME}}</span>{{/OUTCOME}}</td><td class="nowrap">{{RECEIVED_ON}}</td><td class="nowrap">{{DUE_ON}}{{#OVERDUE}} <span class="badge badge-error">已超期</span>{{/OVERDUE}}{{#WAITING_UNTIL}}<br><span class="muted">等待至 {{WAITING_UNTIL}}</span>{{/WAITING_UNTIL}}{{CLOSED_ON}}</td></tr>{{/CASES}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 件，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
