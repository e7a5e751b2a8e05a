{{%AUTOESCAPE context="HTML"}}
{{! The application form (条例第二十九条). CSRF_TOKEN; AGENCY_OPTIONS TYPE_OPTIONS ID_TYPE_OPTIONS MEDIUM_OPTIONS DELIVERY_OPTIONS
    (VALUE LABEL SELECTED); APPLICANT_NAME CONTACT_PERSON ID_NUMBER PHONE EMAIL ADDRESS POSTCODE DESCRIPTION;
    HUMAN_CHECK (public/_human_check.tpl); ERR_*; HAS_ERRORS; ERRORS (FIELD MSG): the summary above the form. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/xxgk">政府信息公开</a> / <span aria-current="page">依申请公开</span></nav>
<header class="page-header"><h1>政府信息公开申请</h1>
<p class="lead">依据《中华人民共和国政府信息公开条例》第二十七条至第二十九条，公民、法人或者其他组织可以向行政机关申请获取相关政府信息。</p></header>
<div class="apply-layout">
<aside class="card apply-guide" aria-labelledby="guide-title">
<h2 class="card-title" id="guide-title">填写须知</h2>
<ol>
<li><strong>一件申请只提一项内容。</strong>请写明所需政府信息的名称、文号或者便于查询的其他特征性描述；内容不明确的，我们会在收到申请之日起 7 个工作日内一次性告知您补正。</li>
<li>无需说明申请用途。</li>
<li>网上提交的申请，以本机关确认收到之日为收到申请之日（条例第三十一条），一般在下一个工作日内确认。</li>
<li>能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复；需要延长的，经批准可延长不超过 20 个工作日。</li>
<li>提交后页面会显示<strong>申请编号</strong>和<strong>查询码</strong>，请妥善保存，凭二者在“<a href="/apply/status">申请查询</a>”中查看办理进度和答复文书。</li>
<li>信访、投诉、举报等事项，请通过相应渠道提出（条例第三十九条）。</li>
<li>工作日的计算可使用“<a href="/tools/deadline">期限计算器</a>”。</li>
</ol>
</aside>
<form class="form card apply-form" method="post" action="/apply" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未提交，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
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
<div class="field{{#ERR_ATTACHMENTS}} has-error{{/ERR_ATTACHMENTS}}">
<label for="ap-files">附件（可选）</label>
<p class="field-hint" id="ap-files-hint">如有助于说明所需信息，可上传最多 3 个文件（PDF、OFD、Word、Excel、WPS、JPG、PNG、ZIP，每个不超过 10 MB）。无需提交身份证件照片。</p>
{{#ERR_ATTACHMENTS}}<p class="field-error" id="ap-files-err">{{MSG}}</p>{{/ERR_ATTACHMENTS}}
<input id="ap-files" name="attachments" type="file" multiple aria-describedby="ap-files-hint{{#ERR_ATTACHMENTS}} ap-files-err{{/ERR_ATTACHMENTS}}">
</div>
{{>HUMAN_CHECK}}
<p class="muted">您提交的个人信息仅用于办理本申请，只有承办工作人员可以查看。</p>
<div class="form-actions"><button type="submit" class="btn btn-primary">提交申请</button></div>
</form>
</div>
