{{%AUTOESCAPE context="HTML"}}
{{! Import of a year's list of tasks. AGENCIES (VALUE LABEL SELECTED); YEAR; HAS_ROW_ERRORS ROW_ERRORS (MSG); CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/tasks">重点工作</a> / <span aria-current="page">导入年度清单</span></nav>
<header class="page-header"><h1>导入年度重点工作清单</h1></header>
{{#HAS_ROW_ERRORS}}<div class="alert alert-error" role="alert"><p>清单文件有误，没有导入任何一项。请改正以下问题后重新上传：</p><ul>{{#ROW_ERRORS}}<li>{{MSG}}</li>{{/ROW_ERRORS}}</ul></div>{{/HAS_ROW_ERRORS}}
<form class="form card" method="post" action="/console/tasks/import" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="imp-agency">机构</label><select id="imp-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>
<div class="field"><label for="imp-year">年度</label><input id="imp-year" name="year" type="text" inputmode="numeric" value="{{YEAR}}" maxlength="4"></div>
<div class="field"><label for="imp-file">清单文件</label>
<p class="field-hint" id="imp-file-hint">CSV（UTF-8）、XLSX 或 JSONL，第一行为表头。必需的列：类别（重点任务、公开承诺、民生实事、审计整改）、任务名称、责任单位、完成时限。可选的列：内容（工作目标、承诺内容等）、责任人、问题来源（审计、巡察、督查检查、其他）、发现的问题、节点（写作“节点名称（2026-06-30）”，多个以换行或分号分隔）。审计整改事项须填写问题来源和发现的问题。所有行都正确才导入，导入的事项均为草稿。</p>
<input id="imp-file" name="file" type="file" accept=".csv,.xlsx,.jsonl,.ndjson" aria-describedby="imp-file-hint"></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">导入（暂不发布）</button> <a href="/console/tasks">取消</a></div>
</form>
