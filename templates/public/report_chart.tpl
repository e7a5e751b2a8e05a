{{%AUTOESCAPE context="HTML"}}
{{! 一图读懂 of an annual report: TITLE REPORT_URL; CHARTS (TITLE ID SVG_HTML; BARS (LABEL VALUE UNIT)). }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/columns/xxgk-ndbg">政府信息公开年度报告</a> / <span aria-current="page">一图读懂</span></nav>
<header class="page-header"><h1>一图读懂：{{TITLE}}</h1>
<p class="lead">年度报告的主要数据。每幅图后附有同样数据的表格；完整内容见<a href="{{REPORT_URL}}">年度报告原文</a>。</p></header>
{{#CHARTS}}<section class="card report-chart" aria-labelledby="{{ID}}-h">
<h2 class="card-title" id="{{ID}}-h">{{TITLE}}</h2>
<figure>{{SVG_HTML:none}}</figure>
<div class="table-wrap" tabindex="0" role="region" aria-label="{{TITLE}}的数据">
<table class="table"><caption class="sr-only">{{TITLE}}</caption>
<thead><tr><th scope="col">项目</th><th scope="col" class="num">数量</th></tr></thead>
<tbody>{{#BARS}}<tr><th scope="row">{{LABEL}}</th><td class="num">{{VALUE}} {{UNIT}}</td></tr>{{/BARS}}</tbody>
</table>
</div>
</section>
{{/CHARTS}}
<p><a class="btn btn-secondary" href="{{REPORT_URL}}">阅读年度报告原文</a></p>
