{{%AUTOESCAPE context="HTML"}}
{{! One public entry: FillKind (KIND KIND_LABEL GROUP) and FillDetail (ID TITLE UPDATED_ON PUBLISHED_ON FIELDS (LABEL and TEXT (VALUE)
    | PARAS (LINES: LINE) | STEPS (ITEMS: ITEM) | LINK (URL))). }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/">首页</a> / <a href="/lists">公开清单</a> / <a href="/lists/{{KIND}}">{{KIND_LABEL}}</a> / <span aria-current="page">{{TITLE}}</span></nav>
<article class="card list-entry">
<header class="page-header"><h1>{{TITLE}}</h1><p class="muted">{{KIND_LABEL}} · 公开日期 {{PUBLISHED_ON}} · 更新日期 {{UPDATED_ON}}</p></header>
<dl class="entry-fields">{{#FIELDS}}
<div><dt>{{LABEL}}</dt><dd>{{#TEXT}}{{VALUE}}{{/TEXT}}{{#PARAS}}{{#LINES}}<p>{{LINE}}</p>{{/LINES}}{{/PARAS}}{{#STEPS}}<ol>{{#ITEMS}}<li>{{ITEM}}</li>{{/ITEMS}}</ol>{{/STEPS}}{{#LINK}}<a href="{{URL}}" rel="noopener">{{URL}}</a>{{/LINK}}</dd></div>{{/FIELDS}}
</dl>
<p class="muted"><a href="/lists/{{KIND}}">返回{{KIND_LABEL}}</a> · 数据：<a href="/api/v1/lists/{{KIND}}/{{ID}}">JSON</a></p>
</article>
