{{%AUTOESCAPE context="HTML"}}
{{! 现行有效规章和行政规范性文件: DAY; YEARS (VALUE LABEL SELECTED); DOCS (KIND TITLE URL DOC_NO EFFECTIVE_ON EXPIRES_ON); EMPTY; TOTAL. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <a href="/xxgk">政府信息公开</a> / <span aria-current="page">现行有效规章和行政规范性文件</span></nav>
<header class="page-header"><h1>现行有效规章和行政规范性文件</h1>
<p class="lead">截至 {{DAY}} 现行有效的规章和行政规范性文件目录。文件废止、失效、修订或有效期届满后不再列入，原文仍可在政府信息公开目录中查阅。</p></header>
<form class="filters" method="get" action="/normative" aria-label="选择年度">
<div class="field"><label for="nv-year">年度（截至该年末）</label><select id="nv-year" name="year">{{#YEARS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEARS}}</select></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">查看</button></div>
</form>
<p class="muted" role="status">共 {{TOTAL}} 件</p>
{{#EMPTY}}<div class="card empty-state"><p>这一时点没有现行有效的规章和行政规范性文件。</p></div>{{/EMPTY}}
<div class="table-wrap" tabindex="0" role="region" aria-label="现行有效文件目录">
<table class="table">
<caption class="sr-only">截至 {{DAY}} 现行有效的规章和行政规范性文件</caption>
<thead><tr><th scope="col">类别</th><th scope="col">标题</th><th scope="col">发文字号</th><th scope="col">实施日期</th><th scope="col">有效期至</th></tr></thead>
<tbody>
{{#DOCS}}<tr><td>{{KIND}}</td><th scope="row"><a href="{{URL}}">{{TITLE}}</a></th><td>{{DOC_NO}}</td><td>{{EFFECTIVE_ON}}</td><td>{{EXPIRES_ON}}</td></tr>
{{/DOCS}}
</tbody>
</table>
</div>
<p class="muted">数据接口：<a href="/api/v1/normative">/api/v1/normative</a></p>
