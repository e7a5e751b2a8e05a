{{%AUTOESCAPE context="HTML"}}
{{! Change password. MUST_CHANGE; MIN_LENGTH; CSRF_TOKEN; ERR_CURRENT ERR_PASSWORD ERR_PASSWORD2 (MSG); ERRORS. }}
<header class="page-header"><h1>修改密码</h1></header>
{{#MUST_CHANGE}}<div class="alert alert-info" role="status"><p>您正在使用管理员发放的一次性密码，请先设置自己的新密码，然后才能使用其他功能。</p></div>{{/MUST_CHANGE}}
<section class="card">
<form class="form" method="post" action="/console/password" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_CURRENT}} has-error{{/ERR_CURRENT}}">
<label for="pw-current">当前密码</label>
{{#ERR_CURRENT}}<p class="field-error" id="pw-current-err">{{MSG}}</p>{{/ERR_CURRENT}}
<input id="pw-current" name="current" type="password" autocomplete="current-password" required{{#ERR_CURRENT}} aria-describedby="pw-current-err" aria-invalid="true"{{/ERR_CURRENT}}>
</div>
<div class="field{{#ERR_PASSWORD}} has-error{{/ERR_PASSWORD}}">
<label for="pw-new">新密码</label>
<p class="field-hint" id="pw-new-hint">至少 {{MIN_LENGTH}} 个字符，包含字母、数字、符号中的至少两类；不能使用常见密码或包含用户名。</p>
{{#ERR_PASSWORD}}<p class="field-error" id="pw-new-err">{{MSG}}</p>{{/ERR_PASSWORD}}
<input id="pw-new" name="password" type="password" autocomplete="new-password" required aria-describedby="pw-new-hint{{#ERR_PASSWORD}} pw-new-err{{/ERR_PASSWORD}}"{{#ERR_PASSWORD}} aria-invalid="true"{{/ERR_PASSWORD}}>
</div>
<div class="field{{#ERR_PASSWORD2}} has-error{{/ERR_PASSWORD2}}">
<label for="pw-new2">再次输入新密码</label>
{{#ERR_PASSWORD2}}<p class="field-error" id="pw-new2-err">{{MSG}}</p>{{/ERR_PASSWORD2}}
<input id="pw-new2" name="password2" type="password" autocomplete="new-password" required{{#ERR_PASSWORD2}} aria-describedby="pw-new2-err" aria-invalid="true"{{/ERR_PASSWORD2}}>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存新密码</button></div>
</form>
</section>
