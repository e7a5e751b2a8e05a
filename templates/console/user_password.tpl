{{%AUTOESCAPE context="HTML"}}
{{! One-time password shown once. HEADING USERNAME DISPLAY_NAME PASSWORD ID. }}
<header class="page-header"><h1>{{HEADING}}</h1></header>
<section class="card">
<div class="alert alert-success" role="status"><p>用户 {{DISPLAY_NAME}}（{{USERNAME}}）的一次性密码如下。该密码只显示这一次，请通过安全渠道交给本人；用户首次登录后须修改密码。</p></div>
<dl class="kv">
<div><dt>用户名</dt><dd class="code">{{USERNAME}}</dd></div>
<div><dt>一次性密码</dt><dd><span class="mono" id="one-time-password">{{PASSWORD}}</span></dd></div>
</dl>
<p><a class="btn btn-secondary" href="/console/users">返回用户列表</a> <a class="btn btn-secondary" href="/console/users/{{ID}}">编辑该用户</a></p>
</section>
