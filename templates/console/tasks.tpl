{{%AUTOESCAPE context="HTML"}}
{{! 重点工作 of the user's agencies. Filters: YEARS KINDS STATUSES (VALUE LABEL SELECTED), Q; TASKS (FillTask); NO_TASKS; CAN_CREATE;
    PAGINATION. }}
<header class="page-header"><h1>重点工作</h1>
{{#CAN_CREATE}}<div><a class="btn btn-primary" href="/console/tasks/new">新增事项</a> <a class="btn btn-secondary" href="/console/tasks/import">导入年度清单</a></div>{{/CAN_CREATE}}</header>
<p class="field-hint">公开承诺事项、重点任务、民生实事和审计、巡察等发现问题的整改情况。信息员录入草稿、节点和进展报告，公开办发布、延期、办结或撤回。发布后在网站“重点工作”栏目按年度公开；超过完成时限未办结的显示为“逾期”。</p>
<form class="filters" method="get" action="/console/tasks" role="search" aria-label="筛选事项">
<div class="field"><label for="t-year">年度</label><select id="t-year" name="year"><option value="">全部年度</option>{{#YEARS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEARS}}</select></div>
<div class="field"><label for="t-kind">类别</label><select id="t-kind" name="kind"><option value="">全部类别</option>{{#KINDS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KINDS}}</select></div>
<div class="field"><label for="t-status">状态</label><select id="t-status" name="status"><option value="">全部状态</option>{{#STATUSES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUSES}}</select></div>
<div class="field"><label for="t-q">名称、内容或责任单位</label><input id="t-q" name="q" type="search" value="{{Q}}" maxlength="200"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">筛选</button> <a href="/console/tasks">清除</a></div>
</form>
{{#NO_TASKS}}<div class="card empty-state"><p>没有符合条件的事项。</p></div>{{/NO_TASKS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="事项列表">
<table class="table task-table">
<thead><tr><th scope="col">名称</th><th scope="col">年度</th><th scope="col">类别</th><th scope="col">责任单位</th><th scope="col">完成时限</th><th scope="col">节点</th><th scope="col">状态</th></tr></thead>
<tbody>{{#TASKS}}
<tr id="task-{{ID}}"{{#HAS_OVERDUE_MILESTONES}} class="row-overdue"{{/HAS_OVERDUE_MILESTONES}}><td><a href="/console/tasks/{{ID}}">{{TITLE}}</a></td><td class="num">{{YEAR}}</td><td>{{KIND}}</td><td>{{OWNER}}</td>
<td class="nowrap">{{CURRENT_DEADLINE}}{{#POSTPONED}}<br><span class="muted">原定 {{DEADLINE}}</span>{{/POSTPONED}}</td>
<td class="nowrap">{{#HAS_MILESTONES}}{{MILESTONES_DONE}} / {{MILESTONES_TOTAL}}{{/HAS_MILESTONES}}{{#HAS_OVERDUE_MILESTONES}}<br><span class="badge badge-error">{{OVERDUE_MILESTONES}} 个节点逾期</span>{{/HAS_OVERDUE_MILESTONES}}</td>
<td class="nowrap">{{#NOT_PUBLIC}}<span class="badge task-state-{{STATE_CODE}}">{{STATE}}</span>{{/NOT_PUBLIC}}{{#PUBLIC_STATE}}<span class="badge task-{{STATUS_CODE}}">{{STATUS}}</span>{{/PUBLIC_STATE}}</td></tr>{{/TASKS}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
