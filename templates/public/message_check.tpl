{{%AUTOESCAPE context="HTML"}}
{{! The asker's look-up: the form (ID CODE, ERR_CODE), FOUND (FillMessage, public; MY_BODY IS_PUBLIC WITHHELD (REASON)); CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/messages">留言咨询</a> / <span aria-current="page">查询留言办理情况</span></nav>
<header class="page-header"><h1>查询留言办理情况</h1></header>
<form class="form card" method="post" action="/messages/check" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#ERR_CODE}}<div class="alert alert-error" role="alert"><p>{{MSG}}</p></div>{{/ERR_CODE}}
<div class="grid">
<div class="field"><label for="mq-id">留言编号</label><input id="mq-id" name="id" type="text" inputmode="numeric" value="{{ID}}" maxlength="20"></div>
<div class="field"><label for="mq-code">查询码</label><input id="mq-code" name="code" type="text" value="{{CODE}}" maxlength="20" autocomplete="off" spellcheck="false"></div>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">查询</button></div>
</form>
{{#FOUND}}<section class="card" aria-labelledby="found-title">
<h2 class="card-title" id="found-title">{{TITLE}} <span class="badge message-{{STATE_CODE}}">{{STATE}}</span></h2>
<dl class="pairs">
<dt>留言时间</dt><dd>{{RECEIVED_ON}}</dd><dt>答复期限</dt><dd>{{DUE_ON}}</dd>
<dt>留言内容</dt><dd class="prewrap">{{MY_BODY}}</dd>
{{#HAS_DEPARTMENT}}<dt>办理单位</dt><dd>{{DEPARTMENT}}</dd>{{/HAS_DEPARTMENT}}
{{#ANSWERED}}<dt>答复（{{ON}}）</dt><dd class="prewrap">{{ANSWER}}</dd>{{/ANSWERED}}
{{#WITHHELD}}<dt>不予公开的理由</dt><dd>{{REASON}}</dd>{{/WITHHELD}}
</dl>
{{#IS_PUBLIC}}<p><a href="/messages/{{ID}}">查看公开页面</a></p>{{/IS_PUBLIC}}
</section>{{/FOUND}}
