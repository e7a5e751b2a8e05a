{{%AUTOESCAPE context="HTML"}}
{{! One public decision (the masked copy): FillDecision's names (ID KIND DOC_NO PARTY PUBLISHED_ON PUBLIC_UNTIL FIELDS (LABEL VALUE MULTILINE)). }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/">首页</a> / <a href="/enforcement">行政执法公示</a> / <span aria-current="page">{{DOC_NO}}</span></nav>
<article class="card">
<header class="page-header"><h1>{{KIND}}决定信息公示</h1><p class="muted">{{PARTY}} · {{DOC_NO}}</p></header>
<div class="table-wrap" tabindex="0" role="region" aria-label="决定信息">
<table class="table item-meta enforcement-fields">
<tbody>{{#FIELDS}}
<tr><th scope="row">{{LABEL}}</th><td{{#MULTILINE}} class="prewrap"{{/MULTILINE}}>{{VALUE}}</td></tr>{{/FIELDS}}
<tr><th scope="row">公示日期</th><td>{{PUBLISHED_ON}}</td></tr>
<tr><th scope="row">公示截止</th><td>{{PUBLIC_UNTIL}} 起停止公示</td></tr>
</tbody>
</table>
</div>
<p class="muted">数据：<a href="/api/v1/enforcement/{{ID}}">JSON</a></p>
</article>
