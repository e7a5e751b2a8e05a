{{%AUTOESCAPE context="HTML"}}
{{! Record or correct a 舆情: HEADING ACTION; EXISTING (ID); AGENCIES LEVELS DEPARTMENTS (VALUE LABEL SELECTED); TITLE SOURCE SOURCE_LINK FOUND_AT
    SUMMARY ASSESSMENT; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/opinions">舆情回应</a> / <span aria-current="page">{{HEADING}}</span></nav>
<header class="page-header"><h1>{{HEADING}}</h1></header>
<form class="form form-wide card" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="grid">
<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="op-agency">机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="op-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>
<div class="field{{#ERR_LEVEL}} has-error{{/ERR_LEVEL}}"><label for="op-level">级别</label>
<p class="field-hint" id="op-level-hint">重大：涉及特别重大、重大突发事件，5 小时内回应；一般：48 小时内回应。</p>
{{#ERR_LEVEL}}<p class="field-error">{{MSG}}</p>{{/ERR_LEVEL}}
<select id="op-level" name="level" aria-describedby="op-level-hint">{{#LEVELS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEVELS}}</select></div>
<div class="field{{#ERR_FOUND_AT}} has-error{{/ERR_FOUND_AT}}"><label for="op-found">发现时间（北京时间）</label>
{{#ERR_FOUND_AT}}<p class="field-error" id="op-found-err">{{MSG}}</p>{{/ERR_FOUND_AT}}
<input id="op-found" name="found_at" type="datetime-local" value="{{FOUND_AT}}"{{#ERR_FOUND_AT}} aria-invalid="true" aria-describedby="op-found-err"{{/ERR_FOUND_AT}}></div>
<div class="field{{#ERR_DEPARTMENT_ID}} has-error{{/ERR_DEPARTMENT_ID}}"><label for="op-dept">责任处室</label>
{{#ERR_DEPARTMENT_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_DEPARTMENT_ID}}
<select id="op-dept" name="department_id"><option value="0">（未指定）</option>{{#DEPARTMENTS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DEPARTMENTS}}</select></div>
<div class="field{{#ERR_SOURCE}} has-error{{/ERR_SOURCE}}"><label for="op-source">来源</label>
{{#ERR_SOURCE}}<p class="field-error" id="op-source-err">{{MSG}}</p>{{/ERR_SOURCE}}
<input id="op-source" name="source" type="text" value="{{SOURCE}}" maxlength="100" placeholder="如 微博、12345 热线、某报"{{#ERR_SOURCE}} aria-invalid="true" aria-describedby="op-source-err"{{/ERR_SOURCE}}></div>
</div>
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}"><label for="op-title">舆情标题</label>
{{#ERR_TITLE}}<p class="field-error" id="op-title-err">{{MSG}}</p>{{/ERR_TITLE}}
<input id="op-title" name="title" type="text" value="{{TITLE}}" maxlength="200"{{#ERR_TITLE}} aria-invalid="true" aria-describedby="op-title-err"{{/ERR_TITLE}}></div>
<div class="field{{#ERR_SOURCE_LINK}} has-error{{/ERR_SOURCE_LINK}}"><label for="op-link">来源链接（可选）</label>
{{#ERR_SOURCE_LINK}}<p class="field-error">{{MSG}}</p>{{/ERR_SOURCE_LINK}}
<input id="op-link" name="source_link" type="text" value="{{SOURCE_LINK}}" maxlength="500"></div>
<div class="field{{#ERR_SUMMARY}} has-error{{/ERR_SUMMARY}}"><label for="op-summary">舆情概要</label>
{{#ERR_SUMMARY}}<p class="field-error" id="op-summary-err">{{MSG}}</p>{{/ERR_SUMMARY}}
<textarea id="op-summary" name="summary" rows="4"{{#ERR_SUMMARY}} aria-invalid="true" aria-describedby="op-summary-err"{{/ERR_SUMMARY}}>{{SUMMARY}}</textarea></div>
<div class="field{{#ERR_ASSESSMENT}} has-error{{/ERR_ASSESSMENT}}"><label for="op-assess">研判意见（可选）</label>
{{#ERR_ASSESSMENT}}<p class="field-error">{{MSG}}</p>{{/ERR_ASSESSMENT}}
<textarea id="op-assess" name="assessment" rows="4">{{ASSESSMENT}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button> {{#EXISTING}}<a class="btn btn-secondary" href="/console/opinions/{{ID}}">取消</a>{{/EXISTING}}</div>
</form>
