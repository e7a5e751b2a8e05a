{{%AUTOESCAPE context="HTML"}}
{{! One event: FillEvent; PARTICIPANT_LIST (PARTICIPANTS (NAME AFFILIATION)) once published; REGISTER (FULL; NAME AFFILIATION
    CONTACT NOTE; HUMAN_CHECK; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN) while registration is open and a place or a
    waiting place remains; ALL_TAKEN when none does. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/events">听证会与开放日</a> / <span aria-current="page">{{KIND}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge badge-muted">{{KIND}}</span> <span class="badge event-{{PHASE_CODE}}">{{PHASE}}</span></p></header>
{{#CANCELLED}}<div class="alert alert-info" role="status"><p>该活动已取消。原因：{{REASON}}</p></div>{{/CANCELLED}}
<section class="card" aria-labelledby="ev-info">
<h2 class="card-title" id="ev-info">活动信息</h2>
<dl class="kv">
<div><dt>时间</dt><dd>{{STARTS}}</dd></div>
<div><dt>{{KIND}}地点</dt><dd>{{PLACE}}</dd></div>
<div><dt>举办机构</dt><dd>{{AGENCY}}</dd></div>
{{#REGISTRATION}}<div><dt>名额</dt><dd>{{CAPACITY}} 人（已报名 {{CONFIRMED}} 人；候补名额 {{WAITLIST}} 人，已候补 {{WAITING}} 人）</dd></div>
<div><dt>报名截止</dt><dd>{{CLOSES}}</dd></div>{{/REGISTRATION}}
{{#HEARING}}<div class="kv-wide"><dt>听证材料公布</dt><dd>{{PUBLISHED_ON}}，距听证会召开 {{NOTICE_DAYS}} 日（《重大行政决策程序暂行条例》第十六条：不少于 7 日）</dd></div>{{/HEARING}}
</dl>
<div class="prose">{{DESCRIPTION_HTML:none}}</div>
</section>
{{#MATERIALS}}<section class="card" aria-labelledby="ev-materials"><h2 class="card-title" id="ev-materials">活动材料</h2><div class="prose">{{TEXT_HTML:none}}</div></section>{{/MATERIALS}}
{{#PARTICIPANT_LIST}}<section class="card" aria-labelledby="ev-people"><h2 class="card-title" id="ev-people">参加人名单</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="参加人名单表"><table class="table"><thead><tr><th scope="col">姓名</th><th scope="col">单位或身份</th></tr></thead>
<tbody>{{#PARTICIPANTS}}<tr><td>{{NAME}}</td><td>{{AFFILIATION}}</td></tr>{{/PARTICIPANTS}}</tbody></table></div></section>{{/PARTICIPANT_LIST}}
{{#SUMMARY}}<section class="card" aria-labelledby="ev-summary"><h2 class="card-title" id="ev-summary">活动综述</h2><div class="prose">{{TEXT_HTML:none}}</div></section>{{/SUMMARY}}
{{#ALL_TAKEN}}<div class="alert alert-info" role="status"><p>名额和候补名额均已报满，不再接受报名。</p></div>{{/ALL_TAKEN}}
{{#REGISTER}}<section class="card" aria-labelledby="ev-register" id="register">
<h2 class="card-title" id="ev-register">我要报名</h2>
{{#FULL}}<p class="alert alert-info">名额已满，现在报名将登记为候补；有人取消报名时，候补者按报名先后依次递补。</p>{{/FULL}}
<form class="form" method="post" action="/events/{{ID}}/register" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未报名，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="grid">
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}"><label for="rg-name">姓名</label>
{{#ERR_NAME}}<p class="field-error" id="rg-name-err">{{MSG}}</p>{{/ERR_NAME}}
<input id="rg-name" name="name" type="text" value="{{NAME}}" maxlength="50" autocomplete="name"{{#ERR_NAME}} aria-invalid="true" aria-describedby="rg-name-err"{{/ERR_NAME}}></div>
<div class="field{{#ERR_AFFILIATION}} has-error{{/ERR_AFFILIATION}}"><label for="rg-aff">单位或身份</label>
{{#ERR_AFFILIATION}}<p class="field-error" id="rg-aff-err">{{MSG}}</p>{{/ERR_AFFILIATION}}
<input id="rg-aff" name="affiliation" type="text" value="{{AFFILIATION}}" maxlength="100" placeholder="如 市民、某某有限公司"{{#ERR_AFFILIATION}} aria-invalid="true" aria-describedby="rg-aff-err"{{/ERR_AFFILIATION}}></div>
<div class="field{{#ERR_CONTACT}} has-error{{/ERR_CONTACT}}"><label for="rg-contact">联系电话或电子邮箱</label>
{{#ERR_CONTACT}}<p class="field-error" id="rg-contact-err">{{MSG}}</p>{{/ERR_CONTACT}}
<input id="rg-contact" name="contact" type="text" value="{{CONTACT}}" maxlength="100" autocomplete="tel"{{#ERR_CONTACT}} aria-invalid="true" aria-describedby="rg-contact-err"{{/ERR_CONTACT}}></div>
</div>
<div class="field{{#ERR_NOTE}} has-error{{/ERR_NOTE}}"><label for="rg-note">备注（可选）</label>
{{#ERR_NOTE}}<p class="field-error" id="rg-note-err">{{MSG}}</p>{{/ERR_NOTE}}
<textarea id="rg-note" name="note" rows="2" maxlength="500">{{NOTE}}</textarea></div>
<p class="field-hint">联系方式仅用于活动通知，不会公开。{{#HEARING}}听证会的参加人名单（姓名和单位或身份）将在召开前公布。{{/HEARING}}</p>
{{>HUMAN_CHECK}}
<div class="form-actions"><button type="submit" class="btn btn-primary">提交报名</button></div>
</form></section>{{/REGISTER}}
<p class="muted"><a href="/events/check">查询或取消我的报名</a> · <a href="/events">返回活动列表</a></p>
