{{%AUTOESCAPE context="HTML"}}
{{! A published message: FillMessage (public); CSRF_TOKEN. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/messages">留言咨询</a> / <span aria-current="page">{{TITLE}}</span></nav>
<article class="message">
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge badge-muted">{{CATEGORY}}</span> <span class="muted">留言编号 {{ID}} · {{RECEIVED_ON}} 留言 · {{AGENCY}}</span></p></header>
<section class="card" aria-labelledby="q-title">
<h2 class="card-title" id="q-title">留言内容</h2>
<p class="prewrap">{{BODY}}</p>
</section>
{{#ANSWERED}}<section class="card message-answer" aria-labelledby="a-title">
<h2 class="card-title" id="a-title">答复（{{ON}}）</h2>
<p class="prewrap">{{ANSWER}}</p>
{{/ANSWERED}}{{#HAS_DEPARTMENT}}<p class="muted">办理单位：{{DEPARTMENT}}</p>{{/HAS_DEPARTMENT}}{{#ANSWERED}}
</section>{{/ANSWERED}}
<section class="card" aria-labelledby="s-title">
<h2 class="card-title" id="s-title">您对这条答复满意吗？</h2>
<p class="muted">已有 {{RATINGS}} 人评价：满意 {{SATISFIED}}，基本满意 {{BASICALLY}}，不满意 {{UNSATISFIED}}。</p>
<form class="satisfaction-form" method="post" action="/messages/{{ID}}/satisfaction">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" name="satisfaction" value="satisfied" class="btn btn-secondary">满意</button>
<button type="submit" name="satisfaction" value="basically" class="btn btn-secondary">基本满意</button>
<button type="submit" name="satisfaction" value="unsatisfied" class="btn btn-secondary">不满意</button>
</form>
</section>
</article>
