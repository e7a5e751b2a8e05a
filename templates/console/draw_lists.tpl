{{%AUTOESCAPE context="HTML"}}
{{! Draw lists. LISTS (ID KIND NAME VERSION ENTRIES SHA256 CREATED); NO_LISTS; AGENCY_OPTIONS (VALUE LABEL SELECTED);
    NAME; KIND_TARGETS / KIND_INSPECTORS; HAS_ERRORS; ERRORS (FIELD MSG); ROW_ERRORS (MSG); ERR_NAME ERR_AGENCY_ID; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/draws">双随机抽查</a> / <span aria-current="page">抽查名录</span></nav>
<header class="page-header"><h1>抽查名录</h1></header>
<section class="card" aria-labelledby="lists-title">
<h2 class="card-title" id="lists-title">已导入的名录</h2>
<p class="field-hint">名录导入后不再改动；更正时以同一名称重新导入，成为新的一版。抽查方案记录所用的版本。</p>
{{#NO_LISTS}}<p class="muted">还没有名录。</p>{{/NO_LISTS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="名录">
<table class="table">
<thead><tr><th scope="col">类别</th><th scope="col">名称</th><th scope="col" class="num">版本</th><th scope="col" class="num">条数</th><th scope="col">SHA-256（前 16 位）</th><th scope="col">导入</th></tr></thead>
<tbody>{{#LISTS}}
<tr id="list-{{ID}}"><td>{{KIND}}</td><td>{{NAME}}</td><td class="num">{{VERSION}}</td><td class="num">{{ENTRIES}}</td><td class="code">{{SHA256}}</td><td>{{CREATED}}</td></tr>{{/LISTS}}
</tbody>
</table>
</div>
</section>
<section class="card" aria-labelledby="import-title" id="import">
<h2 class="card-title" id="import-title">导入名录</h2>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未导入，请修改以下问题后重新提交（一行也没有导入）：</p><ul>{{#ERRORS}}<li><a href="#list-{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}{{#ROW_ERRORS}}<li>{{MSG}}</li>{{/ROW_ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form class="form" method="post" action="/console/draws/lists" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="list-agency_id">机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error" id="list-agency-err">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="list-agency_id" name="agency_id">{{#AGENCY_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCY_OPTIONS}}</select></div>
<fieldset class="field"><legend>类别</legend>
<div class="field-check"><input type="radio" id="list-kind-targets" name="kind" value="targets"{{#KIND_TARGETS}} checked{{/KIND_TARGETS}}><label for="list-kind-targets">检查对象名录（统一社会信用代码、企业名称、住所）</label></div>
<div class="field-check"><input type="radio" id="list-kind-inspectors" name="kind" value="inspectors"{{#KIND_INSPECTORS}} checked{{/KIND_INSPECTORS}}><label for="list-kind-inspectors">执法检查人员名录（执法证号、姓名、所属单位）</label></div></fieldset>
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}"><label for="list-name">名录名称</label>
<p class="field-hint" id="list-name-hint">如“食品生产企业名录”。与已有名录同名时导入为新的一版。</p>
{{#ERR_NAME}}<p class="field-error" id="list-name-err">{{MSG}}</p>{{/ERR_NAME}}
<input id="list-name" name="name" type="text" maxlength="100" value="{{NAME}}" aria-describedby="list-name-hint{{#ERR_NAME}} list-name-err{{/ERR_NAME}}"{{#ERR_NAME}} aria-invalid="true"{{/ERR_NAME}}></div>
<div class="field"><label for="list-file">CSV 文件</label>
<p class="field-hint" id="list-file-hint">UTF-8 编码，每行一条：第一列为统一社会信用代码或执法证号，第二列为名称或姓名，第三列可选。第一行为表头时自动跳过。</p>
<input id="list-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="list-file-hint"></div>
<div class="field"><label for="list-csv">或直接粘贴</label>
<textarea id="list-csv" name="csv" rows="6"></textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">导入</button></div>
</form>
</section>
