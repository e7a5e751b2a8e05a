{{%AUTOESCAPE context="HTML"}}
{{! One published proposal: FillProposal with the reply letter where public. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/proposals?year={{YEAR}}">建议提案办理</a> / <span aria-current="page">{{NUMBER}}</span></nav>
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge badge-muted">{{KIND}}</span>{{#ANSWERED}} <span class="badge result-{{RESULT_CODE}}">{{RESULT_CODE}} 类：{{RESULT}}</span>{{/ANSWERED}}</p></header>
<section class="card" aria-labelledby="pr-info">
<h2 class="card-title" id="pr-info">基本情况</h2>
<dl class="kv">
<div><dt>年度</dt><dd>{{YEAR}}</dd></div>
<div><dt>编号</dt><dd>{{KIND}} {{NUMBER}}</dd></div>
<div><dt>领衔代表（委员）</dt><dd>{{PROPOSER}}</dd></div>
<div><dt>承办机构</dt><dd>{{AGENCY}}（{{ROLE}}）</dd></div>
<div><dt>交办日期</dt><dd>{{ASSIGNED_ON}}</dd></div>
<div><dt>答复期限</dt><dd>{{DUE_ON}}</dd></div>
{{#ANSWERED}}<div><dt>答复日期</dt><dd>{{REPLIED_ON}}{{#ON_TIME}}（按期答复）{{/ON_TIME}}{{#LATE}}（逾期答复）{{/LATE}}</dd></div>{{/ANSWERED}}
<div><dt>公开日期</dt><dd>{{PUBLISHED_ON}}</dd></div>
</dl>
</section>
{{#ANSWERED}}<section class="card" aria-labelledby="pr-result"><h2 class="card-title" id="pr-result">办理结果</h2>
<p class="pre-wrap">{{PUBLIC_SUMMARY}}</p></section>
{{#REPLY}}<section class="card" aria-labelledby="pr-reply"><h2 class="card-title" id="pr-reply">复文</h2><div class="prose">{{TEXT_HTML:none}}</div></section>{{/REPLY}}{{/ANSWERED}}
<p class="muted"><a href="/proposals?year={{YEAR}}">返回 {{YEAR}} 年建议提案办理</a></p>
