{{%AUTOESCAPE context="HTML"}}
{{! 重点工作: the tracker of a year (TRACKER, YEAR) or the tasks a search found (SEARCH, Q). YEARS (VALUE CURRENT); COUNTS (LABEL CODE N)
    TOTAL; GROUPS (KIND KIND_CODE COUNT IS_RECTIFICATION; TASKS (FillTask; WITH_YEAR)); NO_TASKS; TRUNCATED. }}
<header class="page-header"><h1>{{#TRACKER}}{{YEAR}} 年重点工作{{/TRACKER}}{{#SEARCH}}重点工作查找结果{{/SEARCH}}</h1>
<p class="lead">本机关的公开承诺事项、重点任务、民生实事，以及审计、巡察、督查检查发现问题的整改情况，连同责任单位、完成时限、工作节点和进展报告（工作进展、取得成效、下一步举措）在此公开，接受社会监督。超过完成时限仍未完成的标为“逾期”；经批准延期的，原定时限和延期原因一并公开。</p></header>
<nav class="year-filter" aria-label="选择年度"><ul>{{#YEARS}}<li><a href="/tasks?year={{VALUE}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{VALUE}} 年</a></li>{{/YEARS}}</ul></nav>
<form class="card search-form" method="get" action="/tasks" role="search" aria-label="查找重点工作">
<div class="search-box">
<label for="tasks-q" class="sr-only">事项名称、内容或责任单位</label>
<input id="tasks-q" name="q" type="search" value="{{Q}}" placeholder="事项名称、内容或责任单位（查找全部年度）" maxlength="200">
<button type="submit" class="btn btn-primary">查找</button>
</div>
</form>
{{#SEARCH}}<p>查找“{{Q}}”：共 {{TOTAL}} 项。<a href="/tasks">返回本年度重点工作</a></p>{{/SEARCH}}
{{#NO_TASKS}}<div class="card empty-state"><p>{{#TRACKER}}{{YEAR}} 年暂无公开的重点工作事项。{{/TRACKER}}{{#SEARCH}}没有找到相关事项。{{/SEARCH}}</p></div>{{/NO_TASKS}}
{{#TRACKER}}<ul class="task-counts" aria-label="{{YEAR}} 年事项办理情况"><li class="task-count-total"><span class="stat">{{TOTAL}}</span>事项总数</li>{{#COUNTS}}<li class="task-count-{{CODE}}"><span class="stat">{{N}}</span>{{LABEL}}</li>{{/COUNTS}}</ul>{{/TRACKER}}
{{#GROUPS}}<section class="task-group" aria-labelledby="group-{{KIND_CODE}}">
<h2 class="section-title" id="group-{{KIND_CODE}}">{{KIND}} <span class="muted">{{COUNT}} 项</span></h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{KIND}}事项">
<table class="table task-table stack">
<thead><tr><th scope="col">事项</th><th scope="col">责任单位</th><th scope="col">完成时限</th><th scope="col">状态</th><th scope="col">节点</th><th scope="col">最近进展</th></tr></thead>
<tbody>{{#TASKS}}
<tr{{#HAS_OVERDUE_MILESTONES}} class="row-overdue"{{/HAS_OVERDUE_MILESTONES}}><th scope="row" class="task-name"><a href="/tasks/{{ID}}">{{TITLE}}</a>{{#WITH_YEAR}} <span class="muted">（{{YEAR}} 年）</span>{{/WITH_YEAR}}{{#RECTIFICATION}}<br><span class="muted">问题来源：{{SOURCE}}</span>{{/RECTIFICATION}}</th>
<td data-label="责任单位">{{OWNER}}</td>
<td data-label="完成时限" class="nowrap">{{CURRENT_DEADLINE}}{{#POSTPONED}}<br><span class="muted">原定 {{DEADLINE}}</span>{{/POSTPONED}}</td>
<td data-label="状态"><span class="badge task-{{STATUS_CODE}}">{{STATUS}}</span></td>
<td class="nowrap">{{#HAS_MILESTONES}}节点 {{MILESTONES_DONE}}/{{MILESTONES_TOTAL}}{{/HAS_MILESTONES}}{{#NO_MILESTONES}}<span class="muted">未设节点</span>{{/NO_MILESTONES}}{{#HAS_OVERDUE_MILESTONES}}<br><span class="ms-late">{{OVERDUE_MILESTONES}} 个节点逾期</span>{{/HAS_OVERDUE_MILESTONES}}</td>
<td data-label="最近进展" class="nowrap">{{#HAS_REPORT}}{{LATEST_REPORT_ON}}{{/HAS_REPORT}}{{#NO_REPORT}}<span class="muted">暂无</span>{{/NO_REPORT}}</td></tr>{{/TASKS}}
</tbody>
</table>
</div>
</section>{{/GROUPS}}
{{#TRUNCATED}}<p class="muted">事项较多，本页只列出前 500 项，请按年度查看或查找。</p>{{/TRUNCATED}}
<p class="muted">订阅：<a href="/tasks/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/tasks">/api/v1/tasks</a></p>
