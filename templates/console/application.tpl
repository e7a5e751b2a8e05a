{{%AUTOESCAPE context="HTML"}}
{{! The case file. ID NUMBER STATE STATE_CODE CHANNEL SUBMITTED_AT RECEIVED_ON DESCRIPTION MEDIUM DELIVERY TOPIC CSRF_TOKEN TODAY
    CORRECTION_UNTIL; PERSONAL (...); ASSIST (DEPARTMENT DUE ANSWER); JOINT (NOTES); DECISION (...); FEE (METHOD YUAN WORKING);
    CLOCK; CORRECTION_WARNING (BY); EVENTS; LETTERS (URL ...); APPEALS; CASES (related); ACT_* (ACTION_URL LABEL LETTER_TITLE LETTER_BODY; OPEN KEPT_NOTE when shown again after a refusal); ACTION_ERROR (MESSAGE);
    CAN_DECIDE; SIGNOFF_WAIT; RESULT_OPTIONS TOPIC_OPTIONS DEPT_OPTIONS. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/applications">依申请公开</a> / <span aria-current="page">申请 {{NUMBER}}</span></nav>
<header class="page-header"><h1>申请 <span class="code">{{NUMBER}}</span> <span class="badge state-{{STATE_CODE}}" id="case-state">{{STATE}}</span></h1></header>
{{#ACTION_ERROR}}<div class="alert alert-error" role="alert"><p>{{MESSAGE}}</p><p>已填写的内容保留在下方的表单中。</p></div>{{/ACTION_ERROR}}
{{#CORRECTION_WARNING}}<div class="alert alert-error" role="alert"><p>如需补正，请在 {{BY}} 前一次性告知申请人（条例第三十条：收到申请之日起 7 个工作日内）。</p></div>{{/CORRECTION_WARNING}}
{{#SIGNOFF_WAIT}}<div class="alert alert-info" role="note"><p>答复已拟定，等待本机关指定的审签人审签。</p></div>{{/SIGNOFF_WAIT}}
<div class="case-layout">
<div class="case-main">
<section class="card" aria-labelledby="req-title">
<h2 class="card-title" id="req-title">申请内容</h2>
<p class="prose-pre" id="case-description">{{DESCRIPTION}}</p>
<dl class="pairs">
<dt>申请渠道</dt><dd>{{CHANNEL}}</dd>
<dt>提交/登记时间</dt><dd>{{SUBMITTED_AT}}</dd>
<dt>收到申请日期</dt><dd>{{RECEIVED_ON}}</dd>
<dt>获取形式</dt><dd>{{MEDIUM}}，{{DELIVERY}}</dd>
<dt>主题分类</dt><dd>{{TOPIC}}</dd>
</dl>
{{#FILES}}<p>附件：<a href="{{URL}}">{{NAME}}</a> <span class="muted">{{KB}} KB</span></p>{{/FILES}}
</section>
{{#PERSONAL}}
<section class="card" aria-labelledby="who-title">
<h2 class="card-title" id="who-title">申请人（个人信息，查看已记录）</h2>
<dl class="pairs">
<dt>类型</dt><dd>{{APPLICANT_TYPE}}</dd>
<dt>姓名或名称</dt><dd id="case-applicant">{{APPLICANT_NAME}}</dd>
{{#CONTACT_PERSON}}<dt>联系人</dt><dd>{{CONTACT_PERSON}}</dd>{{/CONTACT_PERSON}}
<dt>{{ID_TYPE}}</dt><dd class="code">{{ID_NUMBER}}</dd>
{{#PHONE}}<dt>电话</dt><dd>{{PHONE}}</dd>{{/PHONE}}
{{#EMAIL}}<dt>电子邮箱</dt><dd>{{EMAIL}}</dd>{{/EMAIL}}
{{#ADDRESS}}<dt>通信地址</dt><dd>{{ADDRESS}} {{POSTCODE}}</dd>{{/ADDRESS}}
</dl>
</section>
{{/PERSONAL}}
{{#CLOCK}}
<section class="card" aria-labelledby="clock-title">
<h2 class="card-title" id="clock-title">答复期限</h2>
{{#DUE_SET}}<p class="stat">答复期限 <strong id="case-due">{{DUE}}</strong></p>{{/DUE_SET}}
{{#PAUSED}}<p class="stat" id="case-due">计时中止</p>{{/PAUSED}}
{{#NOT_STARTED}}<p>尚未接收确认，答复期限未起算。</p>{{/NOT_STARTED}}
<p class="muted">已用 {{USED}} / {{ALLOWED}} 个工作日</p>
{{#WAITING}}<p class="alert alert-info">{{TEXT}}{{#UNTIL}}，期限至 {{UNTIL}}{{/UNTIL}}。</p>{{/WAITING}}
{{#FALLBACK}}<p class="alert alert-error">日历未发布：{{YEARS}} 年节假日安排尚未录入，按周一至周五计算。请管理员录入后期限将自动更新。</p>{{/FALLBACK}}
<ol class="clock-steps">{{#STEPS}}<li>{{TEXT}}</li>{{/STEPS}}</ol>
</section>
{{/CLOCK}}
{{#ASSIST}}<section class="card" aria-labelledby="assist-title"><h2 class="card-title" id="assist-title">协查</h2>
<dl class="pairs"><dt>协查部门</dt><dd>{{DEPARTMENT}}</dd><dt>内部答复日期</dt><dd>{{DUE}}</dd><dt>部门答复</dt><dd class="prose-pre">{{ANSWER}}</dd></dl></section>{{/ASSIST}}
{{#JOINT}}<section class="card" aria-labelledby="joint-title"><h2 class="card-title" id="joint-title">会商</h2><p class="prose-pre">{{NOTES}}</p></section>{{/JOINT}}
{{#DECISION}}<section class="card" aria-labelledby="dec-title"><h2 class="card-title" id="dec-title">办理结果</h2>
<dl class="pairs"><dt>结果</dt><dd id="case-outcome">{{OUTCOME}}</dd>{{#CLOSED}}<dt>答复日期</dt><dd>{{ON}}</dd>{{/CLOSED}}
{{#EXPLANATION}}<dt>说明</dt><dd class="prose-pre">{{EXPLANATION}}</dd>{{/EXPLANATION}}
{{#PUBLIC_INDEX_NO}}<dt>已公开信息</dt><dd><a href="/items/{{PUBLIC_INDEX_NO}}">{{PUBLIC_INDEX_NO}}</a></dd>{{/PUBLIC_INDEX_NO}}
{{#HOLDER}}<dt>负责公开的机关</dt><dd>{{HOLDER}}</dd>{{/HOLDER}}
{{#LEGAL_BASIS}}<dt>法律依据</dt><dd class="prose-pre">{{LEGAL_BASIS}}</dd>{{/LEGAL_BASIS}}
{{#WITHHELD}}<dt>不予公开部分</dt><dd class="prose-pre">{{WITHHELD}}</dd>{{/WITHHELD}}</dl></section>{{/DECISION}}
{{#FEE}}<section class="card" aria-labelledby="fee-title"><h2 class="card-title" id="fee-title">信息处理费</h2><p>{{METHOD}}：{{YUAN}} 元</p><ul>{{#WORKING}}<li>{{TEXT}}</li>{{/WORKING}}</ul></section>{{/FEE}}
<section class="card" aria-labelledby="letters-title">
<h2 class="card-title" id="letters-title">文书</h2>
<ul class="link-list" id="case-letters">{{#LETTERS}}<li><a href="{{URL}}">{{TITLE}}</a> <span class="muted">{{NUMBER}} {{ISSUED_ON}}</span>{{#DRAFT}} <span class="badge badge-warn">待审签</span>{{/DRAFT}}{{#TO_THIRD_PARTY}} <span class="badge badge-muted">致第三方</span>{{/TO_THIRD_PARTY}}{{#SIGNED}} <span class="muted">审签：{{NAME}}</span>{{/SIGNED}}</li>{{/LETTERS}}</ul>
</section>
{{#APPEALS}}<section class="card" aria-label="复议与诉讼 {{FILED_ON}}"><h2 class="card-title">复议与诉讼</h2><p>{{KIND}}：{{BODY}}，{{FILED_ON}} 提起，<span class="appeal-result">{{RESULT}}</span> {{DECIDED_ON}}</p>
{{#PENDING}}<form class="form inline-form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="appeal_id" value="{{APPEAL_ID}}">
<div class="field"><label for="ap-res-{{APPEAL_ID}}">审结结果</label><select id="ap-res-{{APPEAL_ID}}" name="result">{{#RESULT_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/RESULT_OPTIONS}}</select></div>
<div class="field"><label for="ap-dec-{{APPEAL_ID}}">审结日期</label><input id="ap-dec-{{APPEAL_ID}}" name="decided_on" type="date"></div>
<button type="submit" class="btn btn-secondary">登记结果</button></form>{{/PENDING}}</section>{{/APPEALS}}
<section class="card" aria-labelledby="events-title">
<h2 class="card-title" id="events-title">办理记录</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="办理记录表（可横向滚动）">
<table class="table"><thead><tr><th scope="col">时间</th><th scope="col">事项</th><th scope="col">日期</th><th scope="col">说明</th><th scope="col">经办人</th></tr></thead>
<tbody>{{#EVENTS}}<tr><td>{{AT}}</td><td>{{LABEL}}</td><td>{{ON}}{{#UNTIL}} 至 {{UNTIL}}{{/UNTIL}}</td><td class="prose-pre">{{NOTE}}{{#DAYS}} {{DAYS}} 个工作日{{/DAYS}}</td><td>{{USER}}</td></tr>{{/EVENTS}}</tbody></table>
</div>
</section>
<section class="card" aria-labelledby="rel-title">
<h2 class="card-title" id="rel-title">同一申请人或相似的申请</h2>
<p class="muted">供判断是否属于重复申请。</p>
<ul class="link-list">{{#CASES}}<li><a class="code" href="/console/applications/{{ID}}">{{NUMBER}}</a> {{NAME}} · {{DESCRIPTION}} <span class="muted">{{STATE}} {{OUTCOME}}</span></li>{{/CASES}}</ul>
</section>
</div>
<aside class="case-actions" aria-label="办理操作">
<h2 class="section-title">办理</h2>
{{#CAN_DECIDE}}<p><a class="btn btn-primary btn-block" href="/console/applications/{{ID}}/decide">拟定答复</a></p>{{/CAN_DECIDE}}
{{#ACT_RECEIVE}}<details class="card action" open><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-recv-on">收到申请日期（双方确认之日）</label><input id="a-recv-on" name="on" type="date" value="{{TODAY}}"></div>
<div class="field"><label for="a-recv-letter">{{LETTER_TITLE}}</label><textarea id="a-recv-letter" name="letter_body" rows="8">{{LETTER_BODY:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-primary">确认收到</button></form></details>{{/ACT_RECEIVE}}
{{#ACT_REQUEST_CORRECTION}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}（一次性告知）</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-cor-note">需要补正的事项</label><textarea id="a-cor-note" name="note" rows="3">{{KEPT_NOTE:pre_escape}}</textarea></div>
<div class="field"><label for="a-cor-until">补正期限</label><input id="a-cor-until" name="until" type="date" value="{{CORRECTION_UNTIL}}"></div>
<div class="field"><label for="a-cor-letter">{{LETTER_TITLE}}（双花括号中的内容在出具时按上面填写的内容自动填入）</label><textarea id="a-cor-letter" name="letter_body" rows="10">{{LETTER_BODY:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-primary">出具补正告知书</button></form></details>{{/ACT_REQUEST_CORRECTION}}
{{#ACT_RECEIVE_CORRECTION}}<details class="card action" open><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-rc-on">收到补正日期</label><input id="a-rc-on" name="on" type="date" value="{{TODAY}}"></div>
<div class="field"><label for="a-rc-note">补正后的申请内容</label><textarea id="a-rc-note" name="note" rows="3">{{KEPT_NOTE:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-primary">登记补正</button></form></details>{{/ACT_RECEIVE_CORRECTION}}
{{#ACT_LAPSE_CORRECTION}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-lc-letter">{{LETTER_TITLE}}</label><textarea id="a-lc-letter" name="letter_body" rows="8">{{LETTER_BODY:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-secondary">视为放弃申请，提交审签</button></form></details>{{/ACT_LAPSE_CORRECTION}}
{{#ACT_SEND_CONSULTATION}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-sc-party">第三方或有关机关</label><input id="a-sc-party" name="third_party" type="text"></div>
<div class="field"><label for="a-sc-on">发出日期</label><input id="a-sc-on" name="on" type="date" value="{{TODAY}}"></div>
<div class="field"><label for="a-sc-letter">{{LETTER_TITLE}}</label><textarea id="a-sc-letter" name="letter_body" rows="8">{{LETTER_BODY:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-primary">发出征求意见函</button></form></details>{{/ACT_SEND_CONSULTATION}}
{{#ACT_ANSWER_CONSULTATION}}<details class="card action" open><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-ac-on">收到意见日期（期满未答复的填期满日）</label><input id="a-ac-on" name="on" type="date" value="{{TODAY}}"></div>
<div class="field"><label for="a-ac-note">意见摘要</label><textarea id="a-ac-note" name="note" rows="3">{{KEPT_NOTE:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-primary">登记意见</button></form></details>{{/ACT_ANSWER_CONSULTATION}}
{{#ACT_EXTEND}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-ex-days">延长工作日数（最多 20）</label><input id="a-ex-days" name="days" type="number" min="1" max="20" value="20"></div>
<div class="field"><label for="a-ex-note">延期理由（经公开办负责人批准）</label><textarea id="a-ex-note" name="note" rows="3">{{KEPT_NOTE:pre_escape}}</textarea></div>
<div class="field"><label for="a-ex-letter">{{LETTER_TITLE}}</label><textarea id="a-ex-letter" name="letter_body" rows="8">{{LETTER_BODY:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-primary">批准延期并出具告知书</button></form></details>{{/ACT_EXTEND}}
{{#ACT_NOTIFY_FEE}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-fee-method">计费方式（只能选其一）</label><select id="a-fee-method" name="fee_method"><option value="per-page">按量计收</option><option value="per-application">按件计收</option></select></div>
<div class="field"><label for="a-fee-pages">页数（按量计收）</label><input id="a-fee-pages" name="pages" type="number" min="1"></div>
<div class="field"><label for="a-fee-on">申请人收到通知的日期</label><input id="a-fee-on" name="on" type="date" value="{{TODAY}}"></div>
<div class="field"><label for="a-fee-letter">{{LETTER_TITLE}}</label><textarea id="a-fee-letter" name="letter_body" rows="8">{{LETTER_BODY:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-primary">出具收费通知书</button></form></details>{{/ACT_NOTIFY_FEE}}
{{#ACT_PAY_FEE}}<details class="card action" open><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-pay-on">缴费日期</label><input id="a-pay-on" name="on" type="date" value="{{TODAY}}"></div>
<button type="submit" class="btn btn-primary">登记缴费</button></form></details>{{/ACT_PAY_FEE}}
{{#ACT_WAIVE_FEE}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-wv-note">减免理由</label><textarea id="a-wv-note" name="note" rows="2">{{KEPT_NOTE:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-secondary">减免</button></form></details>{{/ACT_WAIVE_FEE}}
{{#ACT_LAPSE_FEE}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-lf-letter">{{LETTER_TITLE}}</label><textarea id="a-lf-letter" name="letter_body" rows="8">{{LETTER_BODY:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-secondary">视为放弃申请，提交审签</button></form></details>{{/ACT_LAPSE_FEE}}
{{#ACT_ASSIGN}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-as-dept">协查部门</label><select id="a-as-dept" name="department_id">{{#DEPT_OPTIONS}}<option value="{{VALUE}}">{{LABEL}}</option>{{/DEPT_OPTIONS}}</select></div>
<div class="field"><label for="a-as-until">内部答复日期</label><input id="a-as-until" name="until" type="date"></div>
<button type="submit" class="btn btn-secondary">交办</button></form></details>{{/ACT_ASSIGN}}
{{#ACT_DEPT_ANSWER}}<details class="card action" open><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-da-note">本部门掌握的相关信息</label><textarea id="a-da-note" name="note" rows="4">{{KEPT_NOTE:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-primary">提交协查答复</button></form></details>{{/ACT_DEPT_ANSWER}}
{{#ACT_JOINT_REVIEW}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-jr-note">会商意见</label><textarea id="a-jr-note" name="note" rows="3">{{KEPT_NOTE:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-secondary">记录会商</button></form></details>{{/ACT_JOINT_REVIEW}}
{{#ACT_SIGN_OFF}}<details class="card action" open><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<p>审签后答复告知书即编号出具，不可再修改。请先查看“文书”中的草稿。</p>
<button type="submit" class="btn btn-primary">审签并出具</button></form></details>{{/ACT_SIGN_OFF}}
{{#ACT_SEND_BACK}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-sb-note">退回意见</label><textarea id="a-sb-note" name="note" rows="3">{{KEPT_NOTE:pre_escape}}</textarea></div>
<button type="submit" class="btn btn-secondary">退回修改</button></form></details>{{/ACT_SEND_BACK}}
{{#ACT_SET_TOPIC}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-tp">主题分类</label><select id="a-tp" name="topic">{{#TOPIC_OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/TOPIC_OPTIONS}}</select></div>
<button type="submit" class="btn btn-secondary">保存</button></form></details>{{/ACT_SET_TOPIC}}
{{#ACT_APPEAL}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-ap-kind">类型</label><select id="a-ap-kind" name="appeal_kind"><option value="reconsideration">行政复议</option><option value="litigation">行政诉讼</option></select></div>
<div class="field-check"><input id="a-ap-after" name="after_reconsideration" type="checkbox" value="1"><label for="a-ap-after">复议后起诉</label></div>
<div class="field"><label for="a-ap-filed">提起日期</label><input id="a-ap-filed" name="filed_on" type="date"></div>
<div class="field"><label for="a-ap-body">复议机关或法院</label><input id="a-ap-body" name="body" type="text"></div>
<div class="field"><label for="a-ap-result">结果</label><select id="a-ap-result" name="result">{{#RESULT_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/RESULT_OPTIONS}}</select></div>
<div class="field"><label for="a-ap-decided">审结日期</label><input id="a-ap-decided" name="decided_on" type="date"></div>
<button type="submit" class="btn btn-secondary">登记</button></form></details>{{/ACT_APPEAL}}
{{#ACT_WITHDRAW}}<details class="card action"{{#OPEN}} open{{/OPEN}}><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}" data-confirm="确定登记申请人撤回申请吗？"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="a-wd-on">撤回日期</label><input id="a-wd-on" name="on" type="date" value="{{TODAY}}"></div>
<div class="field"><label for="a-wd-note">说明</label><input id="a-wd-note" name="note" type="text"></div>
<button type="submit" class="btn btn-danger">登记撤回</button></form></details>{{/ACT_WITHDRAW}}
{{#ACT_ARCHIVE}}<details class="card action" open><summary>{{LABEL}}</summary>
<form class="form" method="post" action="{{ACTION_URL}}" data-confirm="归档后本申请不能再修改，确定归档吗？"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<p>归档后申请及其文书、记录均不可再修改。</p>
<button type="submit" class="btn btn-secondary">归档</button></form></details>{{/ACT_ARCHIVE}}
</aside>
</div>
