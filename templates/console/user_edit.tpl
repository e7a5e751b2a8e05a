{{%AUTOESCAPE context="HTML"}}
{{! Edit user. ID USERNAME DISPLAY_NAME; DISABLED; include GRANT_ROWS; ERR_*; CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/users">用户管理</a> / <span aria-current="page">{{USERNAME}}</span></nav>
<header class="page-header"><h1>编辑用户：{{USERNAME}}</h1></header>
<section class="card">
<form class="form" method="post" action="/console/users/{{ID}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_DISPLAY_NAME}} has-error{{/ERR_DISPLAY_NAME}}">
<label for="u-name">姓名</label>
{{#ERR_DISPLAY_NAME}}<p class="field-error" id="u-name-err">{{MSG}}</p>{{/ERR_DISPLAY_NAME}}
<input id="u-name" name="display_name" type="text" value="{{DISPLAY_NAME}}" required{{#ERR_DISPLAY_NAME}} aria-describedby="u-name-err" aria-invalid="true"{{/ERR_DISPLAY_NAME}}>
</div>
<div class="field-check{{#ERR_DISABLED}} has-error{{/ERR_DISABLED}}">
<input id="u-disabled" name="disabled" type="checkbox" value="1"{{#DISABLED}} checked{{/DISABLED}}{{#ERR_DISABLED}} aria-describedby="u-disabled-err" aria-invalid="true"{{/ERR_DISABLED}}>
<label for="u-disabled">停用该账户（停用后立即退出所有登录）</label>
{{#ERR_DISABLED}}<p class="field-error" id="u-disabled-err">{{MSG}}</p>{{/ERR_DISABLED}}
</div>
{{#ERR_ROLE}}<p class="field-error" role="alert">{{MSG}}</p>{{/ERR_ROLE}}
{{#ERR_AGENCY_ID}}<p class="field-error" role="alert">{{MSG}}</p>{{/ERR_AGENCY_ID}}
{{#ERR_DEPARTMENT_ID}}<p class="field-error" role="alert">{{MSG}}</p>{{/ERR_DEPARTMENT_ID}}
{{>GRANT_ROWS}}
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button> <a class="btn btn-secondary" href="/console/users">取消</a></div>
</form>
</section>
<section class="card" aria-labelledby="reset-title">
<h2 class="card-title" id="reset-title">重置密码</h2>
<p>重置后将生成新的一次性密码，用户的所有登录立即失效，首次登录须修改密码。</p>
<form method="post" action="/console/users/{{ID}}/reset-password">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-danger">重置密码</button>
</form>
</section>
