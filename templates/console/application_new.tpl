{{%AUTOESCAPE context="HTML"}}
{{! Staff registration of an application received in person, by post, letter or fax (条例第三十一条). CSRF_TOKEN RECEIVED_ON CHANNEL_OPTIONS; AGENCY_OPTIONS TYPE_OPTIONS ID_TYPE_OPTIONS MEDIUM_OPTIONS DELIVERY_OPTIONS
    (VALUE LABEL SELECTED); APPLICANT_NAME CONTACT_PERSON ID_NUMBER PHONE EMAIL ADDRESS POSTCODE DESCRIPTION; LETTER_BODY (the 登记回执, editable);
    CHECK_QUESTION CHECK_TOKEN; ERR_*; HAS_ERRORS; ERRORS (FIELD MSG): the summary above the form. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/applications">依申请公开</a> / <span aria-current="page">登记申请</span></nav>
<header class="page-header"><h1>登记申请</h1><p class="muted">网上申请由申请人在网站提交，在“待接收确认”中确认收到；当面、邮寄、平信、传真提交的申请在此登记。</p></header>
<form class="form form-wide card" method="post" action="/console/applications" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未提交，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="grid">
<div class="field{{#ERR_CHANNEL}} has-error{{/ERR_CHANNEL}}">
<label for="ap-channel">申请渠道</label>
{{#ERR_CHANNEL}}<p class="field-error" id="ap-channel-err">{{MSG}}</p>{{/ERR_CHANNEL}}
<select id="ap-channel" name="channel">{{#CHANNEL_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CHANNEL_OPTIONS}}</select>
</div>
<div class="field{{#ERR_RECEIVED_ON}} has-error{{/ERR_RECEIVED_ON}}">
<label for="ap-received">收到申请日期</label>
<p class="field-hint" id="ap-received-hint">当面提交：提交之日；邮政挂号信/EMS：签收之日；平信：与申请人确认之日；传真：双方确认之日（条例第三十一条）。</p>
{{#ERR_RECEIVED_ON}}<p class="field-error" id="ap-received-err">{{MSG}}</p>{{/ERR_RECEIVED_ON}}
<input id="ap-received" name="received_on" type="date" value="{{RECEIVED_ON}}" aria-describedby="ap-received-hint{{#ERR_RECEIVED_ON}} ap-received-err{{/ERR_RECEIVED_ON}}">
</div>
</div>
<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}">
<label for="ap-agency">受理机关</label>
{{#ERR_AGENCY_ID}}<p class="field-error" id="ap-agency-err">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="ap-agency" name="agency_id">{{#AGENCY_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCY_OPTIONS}}</select>
</div>
<fieldset class="field">
<legend>申请人信息</legend>
<div class="field">
<label for="ap-type">申请人类型</label>
<select id="ap-type" name="applicant_type">{{#TYPE_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE_OPTIONS}}</select>
<p class="field-hint">“自然人”以外均为法人或其他组织。</p>
</div>
<div class="grid">
<div class="field{{#ERR_APPLICANT_NAME}} has-error{{/ERR_APPLICANT_NAME}}">
<label for="ap-name">姓名或单位名称</label>
{{#ERR_APPLICANT_NAME}}<p class="field-error" id="ap-name-err">{{MSG}}</p>{{/ERR_APPLICANT_NAME}}
<input id="ap-name" name="applicant_name" type="text" value="{{APPLICANT_NAME}}" maxlength="100" autocomplete="name"{{#ERR_APPLICANT_NAME}} aria-describedby="ap-name-err" aria-invalid="true"{{/ERR_APPLICANT_NAME}}>
</div>
<div class="field{{#ERR_CONTACT_PERSON}} has-error{{/ERR_CONTACT_PERSON}}">
<label for="ap-contact">联系人（法人或其他组织填写）</label>
{{#ERR_CONTACT_PERSON}}<p class="field-error" id="ap-contact-err">{{MSG}}</p>{{/ERR_CONTACT_PERSON}}
<input id="ap-contact" name="contact_person" type="text" value="{{CONTACT_PERSON}}" maxlength="60"{{#ERR_CONTACT_PERSON}} aria-describedby="ap-contact-err" aria-invalid="true"{{/ERR_CONTACT_PERSON}}>
</div>
<div class="field{{#ERR_ID_TYPE}} has-error{{/ERR_ID_TYPE}}">
<label for="ap-idtype">证件类型</label>
{{#ERR_ID_TYPE}}<p class="field-error" id="ap-idtype-err">{{MSG}}</p>{{/ERR_ID_TYPE}}
<select id="ap-idtype" name="id_type">{{#ID_TYPE_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ID_TYPE_OPTIONS}}</select>
</div>
<div class="field{{#ERR_ID_NUMBER}} has-error{{/ERR_ID_NUMBER}}">
<label for="ap-idno">证件号码</label>
{{#ERR_ID_NUMBER}}<p class="field-error" id="ap-idno-err">{{MSG}}</p>{{/ERR_ID_NUMBER}}
<input id="ap-idno" name="id_number" type="text" value="{{ID_NUMBER}}" maxlength="40" autocomplete="off" spellcheck="false"{{#ERR_ID_NUMBER}} aria-describedby="ap-idno-err" aria-invalid="true"{{/ERR_ID_NUMBER}}>
</div>
</div>
</fieldset>
<fieldset class="field">
<legend>联系方式（至少填写一项）</legend>
<div class="grid">
<div class="field{{#ERR_PHONE}} has-error{{/ERR_PHONE}}">
<label for="ap-phone">联系电话</label>
{{#ERR_PHONE}}<p class="field-error" id="ap-phone-err">{{MSG}}</p>{{/ERR_PHONE}}
<input id="ap-phone" name="phone" type="tel" value="{{PHONE}}" maxlength="30" autocomplete="tel"{{#ERR_PHONE}} aria-describedby="ap-phone-err" aria-invalid="true"{{/ERR_PHONE}}>
</div>
<div class="field{{#ERR_EMAIL}} has-error{{/ERR_EMAIL}}">
<label for="ap-email">电子邮箱</label>
{{#ERR_EMAIL}}<p class="field-error" id="ap-email-err">{{MSG}}</p>{{/ERR_EMAIL}}
<input id="ap-email" name="email" type="email" value="{{EMAIL}}" maxlength="100" autocomplete="email"{{#ERR_EMAIL}} aria-describedby="ap-email-err" aria-invalid="true"{{/ERR_EMAIL}}>
</div>
<div class="field{{#ERR_ADDRESS}} has-error{{/ERR_ADDRESS}}">
<label for="ap-address">通信地址</label>
{{#ERR_ADDRESS}}<p class="field-error" id="ap-address-err">{{MSG}}</p>{{/ERR_ADDRESS}}
<input id="ap-address" name="address" type="text" value="{{ADDRESS}}" maxlength="200" autocomplete="street-address"{{#ERR_ADDRESS}} aria-describedby="ap-address-err" aria-invalid="true"{{/ERR_ADDRESS}}>
</div>
<div class="field">
<label for="ap-postcode">邮政编码</label>
<input id="ap-postcode" name="postcode" type="text" value="{{POSTCODE}}" maxlength="10" inputmode="numeric" autocomplete="postal-code">
</div>
</div>
</fieldset>
<div class="field{{#ERR_DESCRIPTION}} has-error{{/ERR_DESCRIPTION}}">
<label for="ap-desc">所需政府信息的名称、文号或者便于查询的其他特征性描述</label>
<p class="field-hint" id="ap-desc-hint">例如：“济南市市场监督管理局2025年第三季度食品安全监督抽检结果（济市监公告〔2025〕8号）”。一件申请请只提一项内容。</p>
{{#ERR_DESCRIPTION}}<p class="field-error" id="ap-desc-err">{{MSG}}</p>{{/ERR_DESCRIPTION}}
<textarea id="ap-desc" name="description" rows="6" maxlength="5000" aria-describedby="ap-desc-hint{{#ERR_DESCRIPTION}} ap-desc-err{{/ERR_DESCRIPTION}}">{{DESCRIPTION:pre_escape}}</textarea>
</div>
<div class="grid">
<div class="field{{#ERR_MEDIUM}} has-error{{/ERR_MEDIUM}}">
<label for="ap-medium">获取信息的形式</label>
{{#ERR_MEDIUM}}<p class="field-error" id="ap-medium-err">{{MSG}}</p>{{/ERR_MEDIUM}}
<select id="ap-medium" name="medium">{{#MEDIUM_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MEDIUM_OPTIONS}}</select>
</div>
<div class="field{{#ERR_DELIVERY}} has-error{{/ERR_DELIVERY}}">
<label for="ap-delivery">获取信息的方式</label>
{{#ERR_DELIVERY}}<p class="field-error" id="ap-delivery-err">{{MSG}}</p>{{/ERR_DELIVERY}}
<select id="ap-delivery" name="delivery">{{#DELIVERY_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DELIVERY_OPTIONS}}</select>
</div>
</div>
<div class="field">
<label for="ap-letter">登记回执（可修改；双花括号中的内容在登记时按本申请自动填入）</label>
<textarea id="ap-letter" name="letter_body" rows="14">{{LETTER_BODY:pre_escape}}</textarea>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">登记并出具登记回执</button></div>
</form>
