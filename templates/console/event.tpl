{{%AUTOESCAPE context="HTML"}}
{{! An event in the console: FillEvent; CAN_EDIT CAN_PUBLISH CAN_CANCEL CAN_PARTICIPANTS CAN_SUMMARY; PARTICIPANTS_DUE
    PARTICIPANTS_PUBLIC; REGISTRATIONS (ID NAME AFFILIATION CONTACT NOTE STATE STATE_CODE AT); NO_REGISTRATIONS; IN_SUMMARY IN_REASON;
    ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/events">听证会与开放日</a> / <span aria-current="page">{{TITLE}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge badge-muted">{{KIND}}</span> <span class="badge event-{{PHASE_CODE}}">{{PHASE}}</span>{{#PARTICIPANTS_DUE}} <span class="badge badge-error">参加人名单尚未公布</span>{{/PARTICIPANTS_DUE}}</p></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未完成，请处理以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#ERR_ACTION}}<div class="alert alert-error" role="alert"><p>{{MSG}}</p></div>{{/ERR_ACTION}}
{{#CANCELLED}}<div class="alert alert-info" role="status"><p>已取消：{{REASON}}</p></div>{{/CANCELLED}}
<div class="case-layout">
<div>
<section class="card" aria-labelledby="ev-info">
<h2 class="card-title" id="ev-info">活动信息</h2>
<dl class="pairs">
<dt>编号</dt><dd>{{ID}}</dd><dt>举办机构</dt><dd>{{AGENCY}}</dd><dt>时间</dt><dd>{{STARTS}}</dd><dt>地点</dt><dd>{{PLACE}}</dd>
{{#REGISTRATION}}<dt>名额</dt><dd>{{CAPACITY}} 人，已确认 {{CONFIRMED}} 人；候补名额 {{WAITLIST}} 人，已候补 {{WAITING}} 人</dd><dt>报名截止</dt><dd>{{CLOSES}}</dd>{{/REGISTRATION}}
{{#HEARING}}<dt>材料公布</dt><dd>{{PUBLISHED_ON}}（距召开 {{NOTICE_DAYS}} 日）</dd>{{/HEARING}}
<dt>参加人名单</dt><dd>{{#PARTICIPANTS_PUBLIC}}已公布{{/PARTICIPANTS_PUBLIC}}</dd>
</dl>
<div class="prose">{{DESCRIPTION_HTML:none}}</div>
{{#MATERIALS}}<h3>活动材料</h3><div class="prose">{{TEXT_HTML:none}}</div>{{/MATERIALS}}
{{#SUMMARY}}<h3>活动综述</h3><div class="prose">{{TEXT_HTML:none}}</div>{{/SUMMARY}}
</section>
<section class="card" aria-labelledby="ev-regs">
<h2 class="card-title" id="ev-regs">报名</h2>
{{#NO_REGISTRATIONS}}<p class="empty-state">尚无报名。</p>{{/NO_REGISTRATIONS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="报名表"><table class="table">
<thead><tr><th scope="col">编号</th><th scope="col">姓名</th><th scope="col">单位或身份</th><th scope="col">联系方式</th><th scope="col">备注</th><th scope="col">状态</th><th scope="col">报名时间</th></tr></thead>
<tbody>{{#REGISTRATIONS}}<tr><td>{{ID}}</td><td>{{NAME}}</td><td>{{AFFILIATION}}</td><td>{{CONTACT}}</td><td>{{NOTE}}</td><td><span class="badge reg-{{STATE_CODE}}">{{STATE}}</span></td><td>{{AT}}</td></tr>{{/REGISTRATIONS}}</tbody>
</table></div>
</section>
</div>
<aside>
{{#CAN_EDIT}}<section class="card action" aria-labelledby="ed-title"><h2 class="card-title" id="ed-title">修改</h2>
<p><a class="btn btn-secondary" href="/console/events/{{ID}}/edit">修改活动信息</a></p></section>{{/CAN_EDIT}}
{{#CAN_PUBLISH}}<section class="card action" aria-labelledby="pu-title"><h2 class="card-title" id="pu-title">发布</h2>
<p>发布后活动及其材料在“听证会与开放日”公开{{#REGISTRATION}}，并开放报名{{/REGISTRATION}}。</p>
<form method="post" action="/console/events/{{ID}}/publish"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-primary">发布</button></form></section>{{/CAN_PUBLISH}}
{{#CAN_PARTICIPANTS}}{{#REGISTRATION}}<section class="card action" aria-labelledby="pp-title"><h2 class="card-title" id="pp-title">参加人名单</h2>
<p>公布已确认参加人的姓名和单位或身份（联系方式不公开）。听证会须在召开前公布。</p>
<form method="post" action="/console/events/{{ID}}/participants"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-secondary">公布参加人名单</button></form></section>{{/REGISTRATION}}{{/CAN_PARTICIPANTS}}
{{#CAN_SUMMARY}}<section class="card action" aria-labelledby="su-title"><h2 class="card-title" id="su-title">活动综述</h2>
<form class="form" method="post" action="/console/events/{{ID}}/summary" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_SUMMARY}} has-error{{/ERR_SUMMARY}}"><label for="su-text">综述（活动举行后发布；Markdown）</label>
{{#ERR_SUMMARY}}<p class="field-error">{{MSG}}</p>{{/ERR_SUMMARY}}
<textarea id="su-text" name="summary" rows="8">{{IN_SUMMARY}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">发布综述</button></div></form></section>{{/CAN_SUMMARY}}
{{#CAN_CANCEL}}<section class="card action" aria-labelledby="ca-title"><h2 class="card-title" id="ca-title">取消活动</h2>
<form class="form" method="post" action="/console/events/{{ID}}/cancel" novalidate><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_REASON}} has-error{{/ERR_REASON}}"><label for="ca-reason">取消原因（在网站上公开）</label>
{{#ERR_REASON}}<p class="field-error">{{MSG}}</p>{{/ERR_REASON}}
<input id="ca-reason" name="reason" type="text" value="{{IN_REASON}}" maxlength="500"></div>
<div class="form-actions"><button type="submit" class="btn btn-danger">取消活动</button></div></form></section>{{/CAN_CANCEL}}
</aside>
</div>
