{{%AUTOESCAPE context="HTML"}}
{{! Error page for any status. Variables: STATUS TITLE MESSAGE. Never show internals. }}
<div class="error-page">
<p class="error-status"><span class="sr-only">错误代码</span>{{STATUS}}</p>
<h1>{{TITLE}}</h1>
<p class="error-message">{{MESSAGE}}</p>
<p class="error-actions"><a class="btn btn-primary" href="/">返回首页</a></p>
</div>
