{{%AUTOESCAPE context="HTML"}}
{{! New user. USERNAME DISPLAY_NAME; include GRANT_ROWS; ERRORS (FIELD MSG); ERR_USERNAME ERR_DISPLAY_NAME ERR_ROLE
    ERR_AGENCY_ID ERR_DEPARTMENT_ID; CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/users">用户管理</a> / <span aria-current="page">新增用户</span></nav>
<header class="page-header"><h1>新增用户</h1></header>
<section class="card">
<form class="form" method="post" action="/console/users" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_USERNAME}} has-error{{/ERR_USERNAME}}">
<label for="u-username">用户名</label>
<p class="field-hint" id="u-username-hint">3 到 32 个字符：小写字母开头，可含小写字母、数字和 . _ -。创建后不能修改。</p>
{{#ERR_USERNAME}}<p class="field-error" id="u-username-err">{{MSG}}</p>{{/ERR_USERNAME}}
<input id="u-username" name="username" type="text" value="{{USERNAME}}" autocapitalize="none" spellcheck="false" required aria-describedby="u-username-hint{{#ERR_USERNAME}} u-username-err{{/ERR_USERNAME}}"{{#ERR_USERNAME}} aria-invalid="true"{{/ERR_USERNAME}}>
</div>
<div class="field{{#ERR_DISPLAY_NAME}} has-error{{/ERR_DISPLAY_NAME}}">
<label for="u-name">姓名</label>
{{#ERR_DISPLAY_NAME}}<p class="field-error" id="u-name-err">{{MSG}}</p>{{/ERR_DISPLAY_NAME}}
<input id="u-name" name="display_name" type="text" value="{{DISPLAY_NAME}}" required{{#ERR_DISPLAY_NAME}} aria-describedby="u-name-err" aria-invalid="true"{{/ERR_DISPLAY_NAME}}>
</div>
{{#ERR_ROLE}}<p class="field-error" role="alert">{{MSG}}</p>{{/ERR_ROLE}}
{{#ERR_AGENCY_ID}}<p class="field-error" role="alert">{{MSG}}</p>{{/ERR_AGENCY_ID}}
{{#ERR_DEPARTMENT_ID}}<p class="field-error" role="alert">{{MSG}}</p>{{/ERR_DEPARTMENT_ID}}
{{>GRANT_ROWS}}
<p class="field-hint">系统将生成一次性密码，仅显示一次；用户首次登录后须修改密码。</p>
<div class="form-actions"><button type="submit" class="btn btn-primary">创建用户</button> <a class="btn btn-secondary" href="/console/users">取消</a></div>
</form>
</section>
