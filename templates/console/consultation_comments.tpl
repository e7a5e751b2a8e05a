{{%AUTOESCAPE context="HTML"}}
{{! The comments of a consultation: FillConsultation; MODERATE (S_PENDING S_PUBLISHED S_HIDDEN) or DECIDE (D_NONE D_ADOPTED …,
    NOT_CLOSED, DECIDE_FORM with DECISIONS (VALUE LABEL)); COMMENTS (FillComment, staff; ID CSRF_TOKEN CAN_PUBLISH CAN_HIDE
    CAN_DECIDE); NO_COMMENTS; PENDING PUBLISHED HIDDEN UNDECIDED; IN_REASON; PAGINATION; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/consultations">意见征集</a> / <a href="/console/consultations/{{ID}}">{{TITLE}}</a> / <span aria-current="page">意见</span></nav>
<header class="page-header"><h1>意见：{{TITLE}}</h1>
<p><a href="/console/consultations/{{ID}}/export">导出 CSV</a> · <a href="/console/consultations/{{ID}}/export?format=xlsx">导出 XLSX</a></p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<nav class="tabs" aria-label="意见筛选"><ul>
<li><a href="/console/consultations/{{ID}}/comments?view=moderate&amp;state=pending"{{#S_PENDING}} aria-current="page"{{/S_PENDING}}>待审核（{{PENDING}}）</a></li>
<li><a href="/console/consultations/{{ID}}/comments?view=moderate&amp;state=published"{{#S_PUBLISHED}} aria-current="page"{{/S_PUBLISHED}}>已公开（{{PUBLISHED}}）</a></li>
<li><a href="/console/consultations/{{ID}}/comments?view=moderate&amp;state=hidden"{{#S_HIDDEN}} aria-current="page"{{/S_HIDDEN}}>不予公开（{{HIDDEN}}）</a></li>
<li><a href="/console/consultations/{{ID}}/comments?view=decide&amp;decision=none"{{#D_NONE}} aria-current="page"{{/D_NONE}}>未处理（{{UNDECIDED}}）</a></li>
<li><a href="/console/consultations/{{ID}}/comments?view=decide&amp;decision=adopted"{{#D_ADOPTED}} aria-current="page"{{/D_ADOPTED}}>采纳</a></li>
<li><a href="/console/consultations/{{ID}}/comments?view=decide&amp;decision=partly"{{#D_PARTLY}} aria-current="page"{{/D_PARTLY}}>部分采纳</a></li>
<li><a href="/console/consultations/{{ID}}/comments?view=decide&amp;decision=not_adopted"{{#D_NOT_ADOPTED}} aria-current="page"{{/D_NOT_ADOPTED}}>未采纳</a></li>
<li><a href="/console/consultations/{{ID}}/comments?view=decide&amp;decision=out_of_scope"{{#D_OUT_OF_SCOPE}} aria-current="page"{{/D_OUT_OF_SCOPE}}>不属于征求范围</a></li></ul></nav>
{{#DECIDE}}{{#NOT_CLOSED}}<p class="alert alert-info" role="status">征集期结束（{{CLOSES_ON}}）后才能处理意见。</p>{{/NOT_CLOSED}}{{/DECIDE}}
{{#NO_COMMENTS}}<div class="card empty-state"><p>没有符合条件的意见。</p></div>{{/NO_COMMENTS}}
{{#MODERATE}}<ol class="card-list comment-list">{{#COMMENTS}}
<li class="card" id="comment-{{CID}}"><p class="muted">编号 {{CID}} · {{NAME}} · {{AT}} · {{ARTICLE}} · <span class="badge comment-{{STATE_CODE}}">{{STATE}}</span>{{#HELD}} · <span class="badge badge-error">命中“{{WORD}}”</span>{{/HELD}}{{#CONTACT}} · 联系方式：{{VALUE}}{{/CONTACT}}</p>
<p class="prewrap">{{BODY}}</p>
{{#HIDDEN}}<p class="muted">不予公开的理由：{{REASON}}</p>{{/HIDDEN}}
<div class="comment-actions">{{#CAN_PUBLISH}}<form method="post" action="/console/consultations/{{ID}}/comments/{{CID}}/publish"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn btn-primary btn-small">公开<span class="sr-only">意见 {{CID}}</span></button></form>{{/CAN_PUBLISH}}
{{#CAN_HIDE}}<form class="hide-form" method="post" action="/console/consultations/{{ID}}/comments/{{CID}}/hide"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><label for="hide-{{CID}}">不予公开的理由</label> <input id="hide-{{CID}}" name="reason" type="text" maxlength="500" placeholder="如：含有与征集内容无关的广告"> <button type="submit" class="btn btn-secondary btn-small">不予公开<span class="sr-only">意见 {{CID}}</span></button></form>{{/CAN_HIDE}}</div></li>{{/COMMENTS}}
</ol>{{/MODERATE}}
{{#DECIDE}}<form method="post" action="/console/consultations/{{ID}}/decide" class="form decide-form" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="table-wrap" tabindex="0" role="region" aria-label="意见列表">
<table class="table">
<thead><tr><th scope="col"><span class="sr-only">选择</span></th><th scope="col">编号</th><th scope="col">条款</th><th scope="col">意见内容</th><th scope="col">处理结果</th></tr></thead>
<tbody>{{#COMMENTS}}
<tr><td>{{#CAN_DECIDE}}<input type="checkbox" id="pick-{{CID}}" name="ids" value="{{CID}}"><label for="pick-{{CID}}" class="sr-only">选择意见 {{CID}}</label>{{/CAN_DECIDE}}</td><td>{{CID}}</td><td class="nowrap">{{ARTICLE}}</td>
<td class="prewrap">{{BODY}}<br><span class="muted">{{NAME}} · {{AT}} · {{STATE}}</span></td><td><span class="badge decision-{{DECISION_CODE}}">{{DECISION}}</span>{{#DECIDED}}<br><span class="muted">{{REASON}}</span>{{/DECIDED}}</td></tr>{{/COMMENTS}}
</tbody></table></div>
{{#DECIDE_FORM}}<fieldset class="card decide-fields"><legend>对勾选的意见作出处理</legend>
<div class="grid">
<div class="field{{#ERR_DECISION}} has-error{{/ERR_DECISION}}"><label for="dc-decision">处理结果</label>
<select id="dc-decision" name="decision"><option value="">请选择</option>{{#DECISIONS}}<option value="{{VALUE}}">{{LABEL}}</option>{{/DECISIONS}}</select></div>
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}"><label for="dc-reason">理由（部分采纳、未采纳、不属于征求范围的必填）</label>
<textarea id="dc-reason" name="reason" rows="2" maxlength="500">{{IN_REASON}}</textarea></div>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">处理所选意见</button></div>
</fieldset>{{/DECIDE_FORM}}
</form>{{/DECIDE}}
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
