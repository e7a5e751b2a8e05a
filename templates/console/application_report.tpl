{{%AUTOESCAPE context="HTML"}}
{{! Annual-report tables 三 and 四. YEAR; T3_COLUMNS (LABEL); T3_ROWS (LABEL HEADING VALUES (V) EMPTY (SPAN)); T4_VALUES (V);
    BALANCED; UNBALANCED (BAD (ID NUMBER PROBLEM)). }}
<header class="page-header"><h1>年度报告统计（{{YEAR}} 年）</h1>
<div><a class="btn btn-secondary" href="/console/applications/report?year={{YEAR}}&amp;format=csv">导出 CSV</a> <a class="btn btn-secondary" href="/console/applications/report?year={{YEAR}}&amp;format=json">JSON</a></div></header>
<form class="filters" method="get" action="/console/applications/report"><div class="field"><label for="r-year">年度</label><input id="r-year" name="year" type="number" min="2000" max="9998" value="{{YEAR}}"></div><button type="submit" class="btn btn-secondary">查看</button></form>
{{#BALANCED}}<p class="alert alert-success" role="status">校验通过：每一列均满足 一 + 二 = 三（七） + 四。</p>{{/BALANCED}}
{{#UNBALANCED}}<div class="alert alert-error" role="alert"><p>校验未通过：以下申请的记录不完整，请更正后再生成报告。</p><ul>{{#BAD}}<li><a href="/console/applications/{{ID}}">{{NUMBER}}</a>：{{PROBLEM}}</li>{{/BAD}}</ul></div>{{/UNBALANCED}}
<section class="card" aria-labelledby="t3-title">
<h2 class="card-title" id="t3-title">三、收到和处理政府信息公开申请情况</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="表三">
<table class="table report-table">
<thead><tr><th scope="col" rowspan="2">项目</th><th scope="col" rowspan="2">自然人</th><th scope="colgroup" colspan="5">法人或其他组织</th><th scope="col" rowspan="2">总计</th></tr>
<tr><th scope="col">商业企业</th><th scope="col">科研机构</th><th scope="col">社会公益组织</th><th scope="col">法律服务机构</th><th scope="col">其他</th></tr></thead>
<tbody>{{#T3_ROWS}}<tr{{#HEADING}} class="report-heading"{{/HEADING}}><th scope="row">{{LABEL}}</th>{{#VALUES}}<td>{{V}}</td>{{/VALUES}}{{#EMPTY}}<td colspan="{{SPAN}}"></td>{{/EMPTY}}</tr>{{/T3_ROWS}}</tbody>
</table></div>
</section>
<section class="card" aria-labelledby="t4-title">
<h2 class="card-title" id="t4-title">四、政府信息公开行政复议、行政诉讼情况</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="表四">
<table class="table report-table">
<thead><tr><th scope="colgroup" colspan="5">行政复议</th><th scope="colgroup" colspan="10">行政诉讼</th></tr>
<tr><th scope="col" rowspan="2">结果维持</th><th scope="col" rowspan="2">结果纠正</th><th scope="col" rowspan="2">其他结果</th><th scope="col" rowspan="2">尚未审结</th><th scope="col" rowspan="2">总计</th><th scope="colgroup" colspan="5">未经复议直接起诉</th><th scope="colgroup" colspan="5">复议后起诉</th></tr>
<tr><th scope="col">结果维持</th><th scope="col">结果纠正</th><th scope="col">其他结果</th><th scope="col">尚未审结</th><th scope="col">总计</th><th scope="col">结果维持</th><th scope="col">结果纠正</th><th scope="col">其他结果</th><th scope="col">尚未审结</th><th scope="col">总计</th></tr></thead>
<tbody><tr>{{#T4_VALUES}}<td>{{V}}</td>{{/T4_VALUES}}</tr></tbody>
</table></div>
</section>
<p class="muted">统计口径：“本年新收”按收到申请日期（条例第三十一条）计；“办理结果”按答复（办结）日期计；撤回的申请计入“其他处理·其他”；网上提交但尚未接收确认的申请不计。表四按提起日期计，年底前未审结的计入“尚未审结”。</p>
