{{%AUTOESCAPE context="HTML"}}
{{! One list in the console: FillKind (KIND KIND_LABEL GROUP INTRO HEADERS (LABEL)); Q; STATE_ALL STATE_DRAFT STATE_PUBLISHED
    STATE_WITHDRAWN; ENTRIES (FillRow: ID KIND TITLE CELLS (VALUE) STATE STATE_CODE UPDATED_ON); NO_ENTRIES; PAGINATION;
    AGENCIES (VALUE LABEL SELECTED) MANY_AGENCIES; CAN_PUBLISH; HAS_ROW_ERRORS ROW_ERRORS (MSG); CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/lists">公开清单</a> / <span aria-current="page">{{KIND_LABEL}}</span></nav>
<header class="page-header"><h1>{{KIND_LABEL}}</h1>
<p><a class="btn btn-primary" href="/console/lists/{{KIND}}/new">新增条目</a> <a class="btn btn-secondary" href="/lists/{{KIND}}">查看公开页面</a></p></header>
<p class="field-hint">{{INTRO}}</p>
{{#HAS_ROW_ERRORS}}<div class="alert alert-error" role="alert"><p>文件有误，没有导入任何一行。请改正以下问题后重新上传：</p><ul>{{#ROW_ERRORS}}<li>{{MSG}}</li>{{/ROW_ERRORS}}</ul></div>{{/HAS_ROW_ERRORS}}
<nav class="tabs" aria-label="按状态筛选"><ul>
<li><a href="/console/lists/{{KIND}}"{{#STATE_ALL}} aria-current="page"{{/STATE_ALL}}>全部</a></li>
<li><a href="/console/lists/{{KIND}}?state=draft"{{#STATE_DRAFT}} aria-current="page"{{/STATE_DRAFT}}>草稿</a></li>
<li><a href="/console/lists/{{KIND}}?state=published"{{#STATE_PUBLISHED}} aria-current="page"{{/STATE_PUBLISHED}}>已公开</a></li>
<li><a href="/console/lists/{{KIND}}?state=withdrawn"{{#STATE_WITHDRAWN}} aria-current="page"{{/STATE_WITHDRAWN}}>已撤下</a></li></ul></nav>
<form class="filters" method="get" action="/console/lists/{{KIND}}" role="search" aria-label="查找条目">
<div class="field"><label for="lst-q">名称、依据等</label><input id="lst-q" name="q" type="search" value="{{Q}}" maxlength="200"></div>
<button type="submit" class="btn btn-secondary">查找</button>
</form>
{{#NO_ENTRIES}}<div class="card empty-state"><p>没有符合条件的条目。</p></div>{{/NO_ENTRIES}}
<div class="table-wrap" tabindex="0" role="region" aria-label="{{KIND_LABEL}}条目">
<table class="table">
<thead><tr>{{#HEADERS}}<th scope="col">{{LABEL}}</th>{{/HEADERS}}<th scope="col">状态</th><th scope="col">更新日期</th></tr></thead>
<tbody>{{#ENTRIES}}
<tr id="entry-{{ID}}"><td><a href="/console/lists/{{KIND}}/{{ID}}">{{TITLE}}</a></td>{{#CELLS}}<td>{{VALUE}}</td>{{/CELLS}}<td><span class="badge list-{{STATE_CODE}}">{{STATE}}</span></td><td>{{UPDATED_ON}}</td></tr>{{/ENTRIES}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
<section class="card" aria-labelledby="lst-import-h">
<h2 class="card-title" id="lst-import-h">从文件导入</h2>
<form class="form" method="post" action="/console/lists/{{KIND}}/import" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#MANY_AGENCIES}}<div class="field"><label for="lst-agency">所属机构</label><select id="lst-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>{{/MANY_AGENCIES}}
{{#ONE_AGENCY}}<input type="hidden" name="agency_id" value="{{AGENCY_ID}}">{{/ONE_AGENCY}}
<div class="field"><label for="lst-file">清单文件</label>
<p class="field-hint" id="lst-file-hint">CSV（UTF-8）、XLSX 或 JSONL，第一行为表头，列名与下方表单的栏目名称一致（<a href="/console/lists/{{KIND}}/template.csv">下载导入模板</a>）。所有行都正确才导入，有误的行会逐一列出。</p>
<input id="lst-file" name="file" type="file" accept=".csv,.xlsx,.jsonl,.ndjson" aria-describedby="lst-file-hint"></div>
{{#CAN_PUBLISH}}<p class="field-check"><input type="checkbox" id="lst-publish" name="publish" value="1"> <label for="lst-publish">导入后直接公开</label></p>{{/CAN_PUBLISH}}
<div class="form-actions"><button type="submit" class="btn btn-secondary">导入</button></div>
</form>
</section>
