{{%AUTOESCAPE context="HTML"}}
{{! Statistics of a year's applications. YEAR TOTAL; BLOCKS (TITLE ROWS (LABEL N MAX) NONE). }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/console/applications">依申请公开</a> / <span aria-current="page">统计</span></nav>
<header class="page-header"><h1>依申请公开统计（{{YEAR}} 年）</h1>
<div><a class="btn btn-secondary" href="/console/applications/export?year={{YEAR}}">导出本年申请（CSV，已脱敏）</a></div></header>
<form class="filters" method="get" action="/console/applications/stats"><div class="field"><label for="s-year">年度</label><input id="s-year" name="year" type="number" min="2000" max="9998" value="{{YEAR}}"></div><button type="submit" class="btn btn-secondary">查看</button></form>
<p role="status">本年收到申请 <strong>{{TOTAL}}</strong> 件（按收到申请日期统计）。</p>
<div class="grid grid-2">
{{#BLOCKS}}<section class="card" aria-label="{{TITLE}}">
<h2 class="card-title">{{TITLE}}</h2>
{{#NONE}}<p class="muted">暂无数据。</p>{{/NONE}}
<table class="table stats-table"><thead><tr><th scope="col">项目</th><th scope="col">件数</th><th scope="col"><span class="sr-only">占比</span></th></tr></thead>
<tbody>{{#ROWS}}<tr><th scope="row">{{LABEL}}</th><td>{{N}}</td><td><meter min="0" max="{{MAX}}" value="{{N}}" aria-label="{{LABEL}} {{N}} 件">{{N}}</meter></td></tr>{{/ROWS}}</tbody></table>
</section>{{/BLOCKS}}
</div>
