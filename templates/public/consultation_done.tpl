{{%AUTOESCAPE context="HTML"}}
{{! After a comment: ID (the consultation) CID CODE; PUBLISHED or HELD. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/consultations">意见征集</a> / <span aria-current="page">意见已提交</span></nav>
<header class="page-header"><h1>意见已提交</h1></header>
<section class="card" aria-labelledby="done-title">
<h2 class="card-title" id="done-title">感谢您的意见</h2>
<p>意见编号：<strong class="mono" id="comment-number">{{CID}}</strong>，查询码：<strong class="mono" id="comment-code">{{CODE}}</strong></p>
<p><strong>查询码只显示这一次，请记下或截图保存。</strong>凭意见编号和查询码可在“<a href="/consultations/check">查询我提交的意见</a>”中查看意见的公开状态和处理结果。</p>
{{#PUBLISHED}}<p>您的意见已在征集页面公开（个人信息已隐去）。</p>{{/PUBLISHED}}
{{#HELD}}<p>您的意见已收到，经审核后公开；不予公开的，可凭查询码查看理由。</p>{{/HELD}}
<p>征集结束后，我们将逐条处理意见并公布采纳情况。</p>
<p><a class="btn btn-secondary" href="/consultations/{{ID}}">返回征集页面</a></p>
</section>
