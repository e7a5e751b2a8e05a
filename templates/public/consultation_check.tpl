{{%AUTOESCAPE context="HTML"}}
{{! The author's look-up: the form (CID CODE, ERR_CODE), FOUND (FillComment, public; MY_BODY ID HIDDEN (REASON)); CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/consultations">意见征集</a> / <span aria-current="page">查询我提交的意见</span></nav>
<header class="page-header"><h1>查询我提交的意见</h1></header>
<form class="form card" method="post" action="/consultations/check" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#ERR_CODE}}<div class="alert alert-error" role="alert"><p>{{MSG}}</p></div>{{/ERR_CODE}}
<div class="grid">
<div class="field"><label for="q-cid">意见编号</label><input id="q-cid" name="cid" type="text" inputmode="numeric" value="{{CID}}" maxlength="20"></div>
<div class="field"><label for="q-code">查询码</label><input id="q-code" name="code" type="text" value="{{CODE}}" maxlength="20" autocomplete="off" spellcheck="false"></div>
</div>
<div class="form-actions"><button type="submit" class="btn btn-primary">查询</button></div>
</form>
{{#FOUND}}<section class="card" aria-labelledby="found-title">
<h2 class="card-title" id="found-title">意见 {{CID}} <span class="badge comment-{{STATE_CODE}}">{{STATE}}</span></h2>
<dl class="pairs">
<dt>提交时间</dt><dd>{{AT}}</dd><dt>针对条款</dt><dd>{{ARTICLE}}</dd>
<dt>意见内容</dt><dd class="prewrap">{{MY_BODY}}</dd>
{{#HIDDEN}}<dt>不予公开的理由</dt><dd>{{REASON}}</dd>{{/HIDDEN}}
<dt>处理结果</dt><dd>{{DECISION}}{{#DECIDED}}{{#HAS_REASON}}：{{REASON}}{{/HAS_REASON}}{{/DECIDED}}</dd>
</dl>
<p><a href="/consultations/{{ID}}">查看征集页面</a></p>
</section>{{/FOUND}}
