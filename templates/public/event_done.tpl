{{%AUTOESCAPE context="HTML"}}
{{! After a registration: FillEvent; REG_ID CODE; CONFIRMED or WAITING (POSITION). }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/events">听证会与开放日</a> / <span aria-current="page">报名已提交</span></nav>
<header class="page-header"><h1>报名已提交</h1></header>
<section class="card" aria-labelledby="done-title">
<h2 class="card-title" id="done-title">{{TITLE}}</h2>
{{#CONFIRMED}}<p class="alert alert-success" role="status">报名成功，您已获得名额。请按时参加：{{STARTS}}，{{PLACE}}。</p>{{/CONFIRMED}}
{{#WAITING}}<p class="alert alert-info" role="status">名额已满，您已登记为候补第 <strong id="waiting-position">{{POSITION}}</strong> 位。有人取消报名时按先后递补，请凭查询码关注状态。</p>{{/WAITING}}
<p>报名编号：<strong class="mono" id="registration-number">{{REG_ID}}</strong>，查询码：<strong class="mono" id="registration-code">{{CODE}}</strong></p>
<p><strong>查询码只显示这一次，请记下或截图保存。</strong>凭报名编号和查询码可在“<a href="/events/check">查询我的报名</a>”中查看状态或取消报名。</p>
<p><a class="btn btn-secondary" href="/events/{{ID}}">返回活动页面</a></p>
</section>
