{{%AUTOESCAPE context="HTML"}}
{{! A rating in the console: FillRating (staff); CAN_VISIT CAN_RECTIFY CAN_RESPOND CAN_APPEAL CAN_ACCEPT_APPEAL CAN_REJECT_APPEAL;
    HAS_ERRORS ERRORS ERR_NOTE ERR_RESPONSE; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/ratings">好差评</a> / <span aria-current="page">评价 {{ID}}</span></nav>
<header class="page-header"><h1>评价 {{ID}}：{{SUBJECT}}</h1>
<p><span class="badge rating-{{STATE_CODE}}">{{STATE}}</span>{{#OVERDUE}} <span class="badge badge-error">已超期</span>{{/OVERDUE}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<section class="card" aria-labelledby="r-title">
<h2 class="card-title" id="r-title">评价内容</h2>
<dl class="pairs">
<dt>承办处室</dt><dd>{{DEPARTMENT}}</dd><dt>评价等级</dt><dd>{{LEVEL_LABEL}}</dd><dt>渠道</dt><dd>{{CHANNEL}}</dd><dt>日期</dt><dd>{{RATED_ON}}</dd>
<dt>评价内容</dt><dd class="prewrap">{{COMMENT}}</dd>
{{#CONTACT}}<dt>联系方式</dt><dd>{{VALUE}}</dd>{{/CONTACT}}
{{#BAD}}<dt>回访期限</dt><dd>{{VISIT_DUE}}</dd><dt>整改期限</dt><dd>{{RECTIFY_DUE}}</dd>{{/BAD}}
{{#VISITED}}<dt>回访情况</dt><dd class="prewrap">{{ON}}：{{NOTE}}</dd>{{/VISITED}}
{{#RECTIFIED}}<dt>整改情况</dt><dd class="prewrap">{{ON}}：{{NOTE}}</dd>{{/RECTIFIED}}
{{#RESPONSE}}<dt>评价人意见</dt><dd>{{LABEL}} {{NOTE}}</dd>{{/RESPONSE}}
{{#APPEAL}}<dt>申诉理由</dt><dd class="prewrap">{{REASON}}</dd><dt>申诉处理意见</dt><dd class="prewrap">{{DECISION}}</dd>{{/APPEAL}}
</dl>
</section>
{{#CAN_VISIT}}<section class="card action" aria-labelledby="visit-title"><h2 class="card-title" id="visit-title">记录回访</h2>
<form class="form" method="post" action="/console/ratings/{{ID}}/visit" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="visit-note">回访核实情况</label><textarea id="visit-note" name="note" rows="4" maxlength="2000"></textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存回访记录</button></div></form></section>{{/CAN_VISIT}}
{{#CAN_RECTIFY}}<section class="card action" aria-labelledby="rectify-title"><h2 class="card-title" id="rectify-title">记录整改</h2>
<p class="field-hint">整改情况将在网站“差评办理情况”中公开。</p>
<form class="form" method="post" action="/console/ratings/{{ID}}/rectify" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="rectify-note">整改措施和结果</label><textarea id="rectify-note" name="note" rows="4" maxlength="2000"></textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存整改情况</button></div></form></section>{{/CAN_RECTIFY}}
{{#CAN_APPEAL}}<section class="card action" aria-labelledby="appeal-title"><h2 class="card-title" id="appeal-title">提出申诉</h2>
<p class="field-hint">经回访核实属于误评或恶意评价的，写明理由和证据，由公开办审核。</p>
<form class="form" method="post" action="/console/ratings/{{ID}}/appeal" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="appeal-note">申诉理由</label><textarea id="appeal-note" name="note" rows="3" maxlength="2000"></textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">提出申诉</button></div></form></section>{{/CAN_APPEAL}}
{{#CAN_RESPOND}}<section class="card action" aria-labelledby="respond-title"><h2 class="card-title" id="respond-title">记录评价人意见</h2>
<p class="field-hint">评价人也可凭查询码在网站上自行反馈。</p>
<form class="form" method="post" action="/console/ratings/{{ID}}/respond" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<fieldset class="field"><legend>评价人对整改结果</legend>
<p class="field-check"><input type="radio" id="resp-yes" name="response" value="satisfied"> <label for="resp-yes">满意</label></p>
<p class="field-check"><input type="radio" id="resp-no" name="response" value="unsatisfied"> <label for="resp-no">不满意</label></p></fieldset>
<div class="field"><label for="respond-note">说明（可选）</label><textarea id="respond-note" name="note" rows="2" maxlength="2000"></textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">办结</button></div></form></section>{{/CAN_RESPOND}}
{{#CAN_ACCEPT_APPEAL}}<section class="card action" aria-labelledby="decide-title"><h2 class="card-title" id="decide-title">审核申诉</h2>
<form class="form" method="post" action="/console/ratings/{{ID}}/accept_appeal" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="decide-note">审核意见</label><textarea id="decide-note" name="note" rows="3" maxlength="2000"></textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">申诉成立（不计入统计）</button>
<button type="submit" class="btn btn-secondary" formaction="/console/ratings/{{ID}}/reject_appeal">驳回申诉（继续整改）</button></div></form></section>{{/CAN_ACCEPT_APPEAL}}
