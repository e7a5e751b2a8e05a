{{%AUTOESCAPE context="HTML"}}
{{! After a message: ID CODE DUE_ON; PRIVATE. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/messages">留言咨询</a> / <span aria-current="page">留言已提交</span></nav>
<header class="page-header"><h1>留言已提交</h1></header>
<section class="card" aria-labelledby="done-title">
<h2 class="card-title" id="done-title">感谢您的留言</h2>
<p>留言编号：<strong class="mono" id="message-number">{{ID}}</strong>，查询码：<strong class="mono" id="message-code">{{CODE}}</strong></p>
<p><strong>查询码只显示这一次，请记下或截图保存。</strong>凭留言编号和查询码可在“<a href="/messages/check">查询留言办理情况</a>”中查看答复。</p>
<p>我们将在 {{DUE_ON}} 前答复。{{#PRIVATE}}您要求不公开，答复只能凭查询码查看。{{/PRIVATE}}</p>
<p><a class="btn btn-secondary" href="/messages">返回留言咨询</a></p>
</section>
