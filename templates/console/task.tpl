{{%AUTOESCAPE context="HTML"}}
{{! A task in the console: FillTask, FillMilestones, FillReports; CAN_<ACTION> for the actions allowed; IS_PUBLIC; the kept inputs
    IN_<FIELD> (reported_on done_on completed_on milestone_title milestone_due progress results next_steps new_deadline
    postpone_reason completion_summary reason); OPEN_COMPLETE OPEN_POSTPONE OPEN_WITHDRAW (a form with errors); NO_ACTIONS; TODAY;
    HAS_ERRORS ERRORS ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/tasks">重点工作</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p>{{#NOT_PUBLIC}}<span class="badge task-state-{{STATE_CODE}}">{{STATE}}</span>{{/NOT_PUBLIC}}{{#PUBLIC_STATE}}<span class="badge task-state-published">已公开</span> <span class="badge task-{{STATUS_CODE}}">{{STATUS}}</span>{{/PUBLIC_STATE}}{{#HAS_OVERDUE_MILESTONES}} <span class="badge badge-error">{{OVERDUE_MILESTONES}} 个节点逾期</span>{{/HAS_OVERDUE_MILESTONES}}
{{#IS_PUBLIC}} · <a href="/tasks/{{ID}}">查看公开页面</a>{{/IS_PUBLIC}}{{#CAN_EDIT}} · <a href="/console/tasks/{{ID}}/edit">修改</a>{{/CAN_EDIT}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#WITHDRAWN}}<div class="alert alert-info" role="status"><p>已于 {{AT}} 撤回。原因：{{REASON}}</p></div>{{/WITHDRAWN}}
<div class="case-layout">
<div>
<section class="card" aria-labelledby="info-title">
<h2 class="card-title" id="info-title">基本信息</h2>
<dl class="pairs">
<dt>机构</dt><dd>{{AGENCY}}</dd><dt>年度</dt><dd>{{YEAR}}</dd><dt>类别</dt><dd>{{KIND}}</dd>
{{#RECTIFICATION}}<dt>问题来源</dt><dd>{{SOURCE}}</dd><dt>发现的问题</dt><dd class="prewrap">{{PROBLEM}}</dd>{{/RECTIFICATION}}
<dt>{{CONTENT_LABEL}}</dt><dd class="prewrap">{{CONTENT}}</dd>
<dt>责任单位</dt><dd>{{OWNER}}</dd>{{#HAS_PERSON}}<dt>责任人</dt><dd>{{PERSON}}</dd>{{/HAS_PERSON}}
<dt>完成时限</dt><dd>{{DEADLINE}}{{#POSTPONED}}，{{ON}} 延期至 <strong>{{NEW_DEADLINE}}</strong>（{{REASON}}）{{/POSTPONED}}{{#PAST_DEADLINE}} <span class="badge task-overdue">已超过完成时限</span>{{/PAST_DEADLINE}}</dd>
{{#PUBLIC_STATE}}<dt>发布日期</dt><dd>{{PUBLISHED_ON}}</dd>{{/PUBLIC_STATE}}
{{#COMPLETED}}<dt>完成日期</dt><dd>{{ON}}</dd><dt>完成情况</dt><dd class="prewrap">{{SUMMARY}}</dd>{{/COMPLETED}}
</dl>
</section>
<section class="card" aria-labelledby="ms-title">
<h2 class="card-title" id="ms-title">节点（{{MILESTONES_DONE}} / {{MILESTONES_TOTAL}} 已完成）</h2>
{{#NO_MILESTONES}}<p class="muted">还没有节点。</p>{{/NO_MILESTONES}}
{{#HAS_MILESTONES}}<div class="table-wrap" tabindex="0" role="region" aria-label="节点">
<table class="table task-table ms-table">
<thead><tr><th scope="col">节点</th><th scope="col">计划完成</th><th scope="col">完成情况</th>{{#CAN_MILESTONE_DONE}}<th scope="col">操作</th>{{/CAN_MILESTONE_DONE}}</tr></thead>
<tbody>{{#MILESTONES}}
<tr{{#OVERDUE}} class="row-overdue"{{/OVERDUE}}><td class="ms-name">{{NUMBER}}. {{TITLE}}</td><td class="nowrap">{{DUE_ON}}</td>
<td>{{#DONE}}<span class="badge badge-ok">已完成 {{ON}}</span>{{/DONE}}{{#OVERDUE}}<span class="badge badge-error">逾期未完成</span>{{/OVERDUE}}{{#PENDING}}<span class="badge badge-muted">未到期</span>{{/PENDING}}</td>
{{#OPS}}<td class="ms-ops">{{#MARK}}<form method="post" action="/console/tasks/{{ID}}/milestones/{{MID}}/done" class="ms-done-form"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><label for="done-{{MID}}" class="sr-only">“{{TITLE}}”的完成日期</label><input id="done-{{MID}}" class="inline-date" name="done_on" type="date" value="{{TODAY}}"> <button type="submit" class="btn btn-secondary btn-small">标记完成</button></form>{{/MARK}}
{{#DELETE}}<form method="post" action="/console/tasks/{{ID}}/milestones/{{MID}}/delete"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-danger btn-small">删除<span class="sr-only">节点“{{TITLE}}”</span></button></form>{{/DELETE}}</td>{{/OPS}}</tr>{{/MILESTONES}}
</tbody>
</table>
</div>{{/HAS_MILESTONES}}
{{#CAN_ADD_MILESTONE}}<form class="form" method="post" action="/console/tasks/{{ID}}/milestones" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="grid grid-2">
<div class="field{{#ERR_MILESTONE_TITLE}} has-error{{/ERR_MILESTONE_TITLE}}"><label for="ms-new-title">新节点</label>
{{#ERR_MILESTONE_TITLE}}<p class="field-error">{{MSG}}</p>{{/ERR_MILESTONE_TITLE}}
<input id="ms-new-title" name="milestone_title" type="text" value="{{IN_MILESTONE_TITLE}}" maxlength="200"></div>
<div class="field{{#ERR_MILESTONE_DUE}} has-error{{/ERR_MILESTONE_DUE}}"><label for="ms-new-due">计划完成日期</label>
{{#ERR_MILESTONE_DUE}}<p class="field-error">{{MSG}}</p>{{/ERR_MILESTONE_DUE}}
<input id="ms-new-due" name="milestone_due" type="date" value="{{IN_MILESTONE_DUE}}"></div>
</div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">添加节点</button></div>
</form>{{/CAN_ADD_MILESTONE}}
</section>
<section class="card" aria-labelledby="rep-title">
<h2 class="card-title" id="rep-title">进展报告（{{REPORT_COUNT}}）</h2>
{{#NO_REPORTS}}<p class="muted">还没有进展报告。发布后、报送第一份进展报告前，公开页面显示“未启动”。</p>{{/NO_REPORTS}}
{{#REPORTS}}<article class="task-report">
<h3>{{ON}}</h3>
<dl class="pairs"><dt>进展情况</dt><dd class="prewrap">{{PROGRESS}}</dd>
{{#RESULTS}}<dt>取得成效</dt><dd class="prewrap">{{TEXT}}</dd>{{/RESULTS}}{{#NEXT_STEPS}}<dt>下一步举措</dt><dd class="prewrap">{{TEXT}}</dd>{{/NEXT_STEPS}}</dl>
</article>{{/REPORTS}}
{{#CAN_REPORT}}<div class="task-report-form">
<h3 id="rep-new-title">报送进展</h3>
<form class="form" method="post" action="/console/tasks/{{ID}}/reports" aria-labelledby="rep-new-title" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REPORTED_ON}} has-error{{/ERR_REPORTED_ON}}"><label for="rep-on">报告日期</label>
{{#ERR_REPORTED_ON}}<p class="field-error">{{MSG}}</p>{{/ERR_REPORTED_ON}}
<input id="rep-on" name="reported_on" type="date" value="{{IN_REPORTED_ON}}"></div>
<div class="field{{#ERR_PROGRESS}} has-error{{/ERR_PROGRESS}}"><label for="rep-progress">进展情况</label>
{{#ERR_PROGRESS}}<p class="field-error">{{MSG}}</p>{{/ERR_PROGRESS}}
<textarea id="rep-progress" name="progress" rows="4" maxlength="5000">{{IN_PROGRESS:pre_escape}}</textarea></div>
<div class="field"><label for="rep-results">取得成效（可选）</label>
{{#ERR_RESULTS}}<p class="field-error">{{MSG}}</p>{{/ERR_RESULTS}}
<textarea id="rep-results" name="results" rows="3" maxlength="5000">{{IN_RESULTS:pre_escape}}</textarea></div>
<div class="field"><label for="rep-next">下一步举措（可选）</label>
{{#ERR_NEXT_STEPS}}<p class="field-error">{{MSG}}</p>{{/ERR_NEXT_STEPS}}
<textarea id="rep-next" name="next_steps" rows="3" maxlength="5000">{{IN_NEXT_STEPS:pre_escape}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">报送</button></div>
</form>
</div>{{/CAN_REPORT}}
</section>
</div>
<aside class="case-actions" aria-label="发布和办理">
{{#CAN_PUBLISH}}<details class="card action" open><summary>发布</summary>
<p>发布后在网站“重点工作”栏目、订阅和数据接口中公开，包括节点和进展报告。</p>
<form method="post" action="/console/tasks/{{ID}}/publish"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-primary">核对无误，发布</button></form>
</details>{{/CAN_PUBLISH}}
{{#CAN_COMPLETE}}<details class="card action"{{#OPEN_COMPLETE}} open{{/OPEN_COMPLETE}}><summary>办结</summary>
<p class="field-hint">全部节点标记完成后才能办结。完成情况将公开。</p>
<form class="form" method="post" action="/console/tasks/{{ID}}/complete" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_COMPLETED_ON}} has-error{{/ERR_COMPLETED_ON}}"><label for="c-on">完成日期</label>
{{#ERR_COMPLETED_ON}}<p class="field-error">{{MSG}}</p>{{/ERR_COMPLETED_ON}}
<input id="c-on" name="completed_on" type="date" value="{{IN_COMPLETED_ON}}"></div>
<div class="field{{#ERR_COMPLETION_SUMMARY}} has-error{{/ERR_COMPLETION_SUMMARY}}"><label for="c-summary">完成情况</label>
{{#ERR_COMPLETION_SUMMARY}}<p class="field-error">{{MSG}}</p>{{/ERR_COMPLETION_SUMMARY}}
<textarea id="c-summary" name="completion_summary" rows="3" maxlength="5000">{{IN_COMPLETION_SUMMARY:pre_escape}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">办结</button></div>
</form>
</details>{{/CAN_COMPLETE}}
{{#CAN_POSTPONE}}<details class="card action"{{#OPEN_POSTPONE}} open{{/OPEN_POSTPONE}}><summary>延期</summary>
<p class="field-hint">原定完成时限 {{DEADLINE}} 仍然公开，同时公开新的完成时限和延期原因。</p>
<form class="form" method="post" action="/console/tasks/{{ID}}/postpone" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_NEW_DEADLINE}} has-error{{/ERR_NEW_DEADLINE}}"><label for="p-to">新的完成时限</label>
{{#ERR_NEW_DEADLINE}}<p class="field-error">{{MSG}}</p>{{/ERR_NEW_DEADLINE}}
<input id="p-to" name="new_deadline" type="date" value="{{IN_NEW_DEADLINE}}"></div>
<div class="field{{#ERR_POSTPONE_REASON}} has-error{{/ERR_POSTPONE_REASON}}"><label for="p-reason">延期原因</label>
{{#ERR_POSTPONE_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_POSTPONE_REASON}}
<textarea id="p-reason" name="postpone_reason" rows="2" maxlength="500">{{IN_POSTPONE_REASON:pre_escape}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">延期</button></div>
</form>
</details>{{/CAN_POSTPONE}}
{{#CAN_WITHDRAW}}<details class="card action"{{#OPEN_WITHDRAW}} open{{/OPEN_WITHDRAW}}><summary>撤回</summary>
<p>撤回后原网址显示“已撤回”及原因，不再显示内容。</p>
<form class="form" method="post" action="/console/tasks/{{ID}}/withdraw" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}"><label for="w-reason">撤回原因</label>
{{#ERR_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_REASON}}
<input id="w-reason" name="reason" type="text" value="{{IN_REASON}}" maxlength="500"></div>
<div class="form-actions"><button type="submit" class="btn btn-danger">撤回</button></div>
</form>
</details>{{/CAN_WITHDRAW}}
{{#NO_ACTIONS}}<div class="card"><p class="muted">发布、延期、办结和撤回由公开办办理，当前没有您可以办理的操作。</p></div>{{/NO_ACTIONS}}
</aside>
</div>
