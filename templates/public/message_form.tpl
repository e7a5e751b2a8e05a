{{%AUTOESCAPE context="HTML"}}
{{! The message form: AGENCIES CATEGORIES (VALUE LABEL SELECTED); TITLE BODY NAME CONTACT PRIVATE_CHECKED; ANSWER_DAYS MAX_BODY;
    HUMAN_CHECK; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/messages">留言咨询</a> / <span aria-current="page">我要留言</span></nav>
<header class="page-header"><h1>我要留言</h1>
<p class="lead">留言一般在 {{ANSWER_DAYS}} 个工作日内答复。提交后您会得到留言编号和查询码，凭此查询办理情况和答复。</p></header>
<form class="form card" method="post" action="/messages" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未提交，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="grid">
<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="m-agency">留言机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="m-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>
<div class="field{{#ERR_CATEGORY}} has-error{{/ERR_CATEGORY}}"><label for="m-category">类别</label>
{{#ERR_CATEGORY}}<p class="field-error">{{MSG}}</p>{{/ERR_CATEGORY}}
<select id="m-category" name="category">{{#CATEGORIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CATEGORIES}}</select></div>
</div>
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}"><label for="m-title">标题</label>
{{#ERR_TITLE}}<p class="field-error" id="m-title-err">{{MSG}}</p>{{/ERR_TITLE}}
<input id="m-title" name="title" type="text" value="{{TITLE}}" maxlength="100"{{#ERR_TITLE}} aria-invalid="true" aria-describedby="m-title-err"{{/ERR_TITLE}}></div>
<div class="field{{#ERR_BODY}} has-error{{/ERR_BODY}}"><label for="m-body">留言内容</label>
{{#ERR_BODY}}<p class="field-error" id="m-body-err">{{MSG}}</p>{{/ERR_BODY}}
<textarea id="m-body" name="body" rows="8" maxlength="{{MAX_BODY}}" aria-describedby="m-body-hint{{#ERR_BODY}} m-body-err{{/ERR_BODY}}"{{#ERR_BODY}} aria-invalid="true"{{/ERR_BODY}}>{{BODY}}</textarea>
<p class="field-hint" id="m-body-hint">{{MAX_BODY}} 字以内。公开时其中的电话号码、身份证号码等个人信息自动隐去。</p></div>
<div class="grid">
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}"><label for="m-name">姓名</label>
{{#ERR_NAME}}<p class="field-error" id="m-name-err">{{MSG}}</p>{{/ERR_NAME}}
<input id="m-name" name="name" type="text" value="{{NAME}}" maxlength="50" autocomplete="name"{{#ERR_NAME}} aria-invalid="true" aria-describedby="m-name-err"{{/ERR_NAME}}></div>
<div class="field{{#ERR_CONTACT}} has-error{{/ERR_CONTACT}}"><label for="m-contact">联系电话或电子邮箱</label>
{{#ERR_CONTACT}}<p class="field-error" id="m-contact-err">{{MSG}}</p>{{/ERR_CONTACT}}
<input id="m-contact" name="contact" type="text" value="{{CONTACT}}" maxlength="100" autocomplete="tel"{{#ERR_CONTACT}} aria-invalid="true" aria-describedby="m-contact-err"{{/ERR_CONTACT}}></div>
</div>
<p class="field-hint">姓名和联系方式仅用于办理和回复，不会公开。</p>
<p class="field-check"><input type="checkbox" id="m-private" name="private" value="1"{{#PRIVATE_CHECKED}} checked{{/PRIVATE_CHECKED}}> <label for="m-private">不公开我的留言和答复（仅我本人凭查询码可见）</label></p>
{{>HUMAN_CHECK}}
<div class="form-actions"><button type="submit" class="btn btn-primary">提交留言</button></div>
</form>
