{{%AUTOESCAPE context="HTML"}}
{{! Figures of a report published before the platform (reports/prior.h): AGENCY_ID YEAR; FORMATS (VALUE LABEL SELECTED);
    TABLES (FORMAT FORMAT_LABEL; T2_BLOCKS (BLOCK; HEADINGS (TEXT); ROWS (LABEL; CELLS (FIELD LABEL VALUE; ERR)));
            T3_COLUMNS (TEXT); T3_ROWS (LABEL; CELLS); T4_COLUMNS (TEXT); T4_ROWS (LABEL; CELLS); WARNINGS (MSG));
    ERR_YEAR; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/reports">年度报告</a> / <span aria-current="page">录入以往年度报告数据</span></nav>
<header class="page-header"><h1>录入以往年度报告数据</h1></header>
<p>平台启用前的年度报告不在平台记录中。请选择年度和该年报告所用的格式，按已发布的报告填写表二、表三的收办总数和结转数、表四。下一年度的报告将据此核对：现行有效件数（2021 年格式）、本年“上年结转”与上年“结转下年度继续办理”是否一致。</p>
<form class="form card" method="get" action="/console/reports/{{AGENCY_ID}}/prior" aria-labelledby="pr-choose">
<h2 class="card-title" id="pr-choose">选择年度和格式</h2>
<div class="field{{#ERR_YEAR}} has-error{{/ERR_YEAR}}"><label for="pr-year">报告年度</label>{{#ERR_YEAR}}<p class="field-error">{{MSG}}</p>{{/ERR_YEAR}}
<input id="pr-year" name="year" type="text" inputmode="numeric" maxlength="4" value="{{YEAR}}" placeholder="如 2020"></div>
<div class="field"><label for="pr-format">报告格式</label><select id="pr-format" name="format">{{#FORMATS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FORMATS}}</select></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">显示表格</button></div>
</form>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#TABLES}}<form class="form form-wide prior-report" method="post" action="/console/reports/{{AGENCY_ID}}/prior" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="year" value="{{YEAR}}"><input type="hidden" name="format" value="{{FORMAT}}">
<p class="muted">{{YEAR}} 年度报告，{{FORMAT_LABEL}}。</p>
{{#WARNINGS}}<p class="alert alert-info" role="note">{{MSG}}</p>{{/WARNINGS}}
<section class="card" aria-labelledby="pr-t2"><h2 class="card-title" id="pr-t2">二、主动公开政府信息情况</h2>
{{#T2_BLOCKS}}<div class="table-wrap" tabindex="0" role="region" aria-label="{{BLOCK}}"><table class="table prior-table">
<caption>{{BLOCK}}</caption>
<thead><tr><th scope="col">信息内容</th>{{#HEADINGS}}<th scope="col">{{TEXT}}</th>{{/HEADINGS}}</tr></thead>
<tbody>{{#ROWS}}<tr><th scope="row">{{LABEL}}</th>{{#CELLS}}<td><label class="sr-only" for="{{FIELD}}">{{LABEL}}</label><input id="{{FIELD}}" name="{{FIELD}}" type="text" inputmode="decimal" maxlength="14" value="{{VALUE}}"{{#ERR}} aria-invalid="true"{{/ERR}}></td>{{/CELLS}}</tr>{{/ROWS}}</tbody>
</table></div>{{/T2_BLOCKS}}
</section>
<section class="card" aria-labelledby="pr-t3"><h2 class="card-title" id="pr-t3">三、收到和处理政府信息公开申请情况（收办总数和结转数）</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="表三"><table class="table prior-table">
<caption class="sr-only">表三：申请人情况各列</caption>
<thead><tr><th scope="col">项目</th>{{#T3_COLUMNS}}<th scope="col">{{TEXT}}</th>{{/T3_COLUMNS}}</tr></thead>
<tbody>{{#T3_ROWS}}<tr><th scope="row">{{LABEL}}</th>{{#CELLS}}<td><label class="sr-only" for="{{FIELD}}">{{LABEL}}</label><input id="{{FIELD}}" name="{{FIELD}}" type="text" inputmode="numeric" maxlength="9" value="{{VALUE}}"{{#ERR}} aria-invalid="true"{{/ERR}}></td>{{/CELLS}}</tr>{{/T3_ROWS}}</tbody>
</table></div>
</section>
<section class="card" aria-labelledby="pr-t4"><h2 class="card-title" id="pr-t4">四、政府信息公开行政复议、行政诉讼情况</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="表四"><table class="table prior-table">
<caption class="sr-only">表四</caption>
<thead><tr><th scope="col">类别</th>{{#T4_COLUMNS}}<th scope="col">{{TEXT}}</th>{{/T4_COLUMNS}}</tr></thead>
<tbody>{{#T4_ROWS}}<tr><th scope="row">{{LABEL}}</th>{{#CELLS}}<td><label class="sr-only" for="{{FIELD}}">{{LABEL}}</label><input id="{{FIELD}}" name="{{FIELD}}" type="text" inputmode="numeric" maxlength="9" value="{{VALUE}}"{{#ERR}} aria-invalid="true"{{/ERR}}></td>{{/CELLS}}</tr>{{/T4_ROWS}}</tbody>
</table></div>
</section>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button></div>
</form>{{/TABLES}}
