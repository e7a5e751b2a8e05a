{{%AUTOESCAPE context="HTML"}}
{{! Staff login. Variables: CSRF_TOKEN NEXT USERNAME; section ERROR (MESSAGE). }}
<div class="login">
<section class="card login-card" aria-labelledby="login-title">
<h1 id="login-title" class="login-title">工作人员登录</h1>
{{#ERROR}}<div class="alert alert-error" role="alert" id="login-error"><p>{{MESSAGE}}</p></div>{{/ERROR}}
<form class="form" method="post" action="/login">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<input type="hidden" name="next" value="{{NEXT}}">
<div class="field">
<label for="login-username">用户名</label>
<input id="login-username" name="username" type="text" value="{{USERNAME}}" autocomplete="username" autocapitalize="none" spellcheck="false"{{#ERROR}} aria-describedby="login-error"{{/ERROR}}>
</div>
<div class="field">
<label for="login-password">密码</label>
<input id="login-password" name="password" type="password" autocomplete="current-password">
</div>
<div class="form-actions">
<button type="submit" class="btn btn-primary btn-block">登录</button>
</div>
</form>
</section>
<aside class="login-note" aria-labelledby="login-note-title">
<h2 id="login-note-title">温馨提示</h2>
<p>本入口仅供本机关工作人员办理政务公开业务使用。</p>
<p>社会公众查阅政府信息，请浏览本网站“政府信息公开”栏目；如需获取未主动公开的政府信息，可以依法提出政府信息公开申请（依申请公开）。</p>
<p>忘记密码或账号被锁定，请联系本单位系统管理员。</p>
</aside>
</div>
