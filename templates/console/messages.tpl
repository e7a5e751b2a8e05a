{{%AUTOESCAPE context="HTML"}}
{{! The messages of the user's agencies: VIEW_*; MESSAGES (FillMessage, staff); NO_MESSAGES; OVERDUE; RED_LINE (N);
    ANSWER_DAYS; CAN_EXPORT (VIEW); PAGINATION. }}
<header class="page-header"><h1>留言咨询</h1></header>
<p class="field-hint">留言应在 {{ANSWER_DAYS}} 个工作日内答复（答复期限按工作日历计算）。按政府网站检查要求（国办秘函〔2019〕19号），有效留言超过 3 个月未答复的，网站即为不合格；超过 2 个月未答复的在此红色提示。</p>
{{#RED_LINE}}<p class="alert alert-error" role="alert">有 {{N}} 条留言已超过 2 个月未答复，超过 3 个月网站检查即不合格，请立即办理。</p>{{/RED_LINE}}
{{#CAN_EXPORT}}<p class="muted">导出本列表（含留言人姓名和联系方式）：<a href="/console/messages/export?view={{VIEW}}">CSV</a> · <a href="/console/messages/export?view={{VIEW}}&amp;format=xlsx">XLSX</a></p>{{/CAN_EXPORT}}
<nav class="tabs" aria-label="筛选"><ul>
<li><a href="/console/messages"{{#VIEW_OPEN}} aria-current="page"{{/VIEW_OPEN}}>未答复</a></li>
<li><a href="/console/messages?view=overdue"{{#VIEW_OVERDUE}} aria-current="page"{{/VIEW_OVERDUE}}>已超期（<span id="messages-overdue">{{OVERDUE}}</span>）</a></li>
<li><a href="/console/messages?view=received"{{#VIEW_RECEIVED}} aria-current="page"{{/VIEW_RECEIVED}}>待分办</a></li>
<li><a href="/console/messages?view=assigned"{{#VIEW_ASSIGNED}} aria-current="page"{{/VIEW_ASSIGNED}}>办理中</a></li>
<li><a href="/console/messages?view=answered"{{#VIEW_ANSWERED}} aria-current="page"{{/VIEW_ANSWERED}}>已答复待公开</a></li>
<li><a href="/console/messages?view=published"{{#VIEW_PUBLISHED}} aria-current="page"{{/VIEW_PUBLISHED}}>已公开</a></li>
<li><a href="/console/messages?view=withheld"{{#VIEW_WITHHELD}} aria-current="page"{{/VIEW_WITHHELD}}>不予公开</a></li></ul></nav>
{{#NO_MESSAGES}}<div class="card empty-state"><p>没有符合条件的留言。</p></div>{{/NO_MESSAGES}}
<div class="table-wrap" tabindex="0" role="region" aria-label="留言列表">
<table class="table">
<thead><tr><th scope="col">编号</th><th scope="col">标题</th><th scope="col">留言日期</th><th scope="col">答复期限</th><th scope="col">承办处室</th><th scope="col">状态</th></tr></thead>
<tbody>{{#MESSAGES}}
<tr id="message-{{ID}}"><td><a href="/console/messages/{{ID}}">{{ID}}</a></td><td>{{TITLE}}<br><span class="muted">{{CATEGORY}} · {{AGENCY}}</span></td><td class="nowrap">{{RECEIVED_ON}}</td>
<td class="nowrap">{{DUE_ON}}{{#OVERDUE}} <span class="badge badge-error">已超期</span>{{/OVERDUE}}{{#NEAR_BREACH}} <span class="badge badge-error">超过 2 个月</span>{{/NEAR_BREACH}}</td>
<td>{{DEPARTMENT}}</td><td><span class="badge message-{{STATE_CODE}}">{{STATE}}</span>{{#PRIVATE}} <span class="badge badge-muted">要求不公开</span>{{/PRIVATE}}</td></tr>{{/MESSAGES}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
