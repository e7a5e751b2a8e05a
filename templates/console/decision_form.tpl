{{%AUTOESCAPE context="HTML"}}
{{! A new major decision (NEW: AGENCIES) or an entry's fields (EDIT: ID). ACTION YEAR TITLE SUMMARY OWNER CONSULTATION_ID
    RESULT_INDEX_NO; STAGES (LABEL CODE PLANNED DONE STAGE_ERROR (MSG)); HAS_ERRORS ERRORS ERR_*; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/decisions">重大行政决策</a> / <span aria-current="page">{{#NEW}}新增事项{{/NEW}}{{#EDIT}}修改事项{{/EDIT}}</span></nav>
<header class="page-header"><h1>{{#NEW}}新增重大行政决策事项{{/NEW}}{{#EDIT}}修改重大行政决策事项{{/EDIT}}</h1></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请改正以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<form class="form form-wide" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<section class="card" aria-labelledby="b-title"><h2 class="card-title" id="b-title">事项</h2>
<div class="grid">
{{#NEW}}<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="dc-agency">机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="dc-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>{{/NEW}}
<div class="field{{#ERR_YEAR}} has-error{{/ERR_YEAR}}"><label for="dc-year">年度</label>
{{#ERR_YEAR}}<p class="field-error">{{MSG}}</p>{{/ERR_YEAR}}
<input id="dc-year" name="year" type="text" inputmode="numeric" value="{{YEAR}}" maxlength="4"></div>
</div>
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}"><label for="dc-title">决策事项名称</label>
{{#ERR_TITLE}}<p class="field-error">{{MSG}}</p>{{/ERR_TITLE}}
<input id="dc-title" name="title" type="text" value="{{TITLE}}" maxlength="200"></div>
<div class="field{{#ERR_OWNER}} has-error{{/ERR_OWNER}}"><label for="dc-owner">承办单位</label>
{{#ERR_OWNER}}<p class="field-error">{{MSG}}</p>{{/ERR_OWNER}}
<input id="dc-owner" name="owner" type="text" value="{{OWNER}}" maxlength="100"></div>
<div class="field{{#ERR_SUMMARY}} has-error{{/ERR_SUMMARY}}"><label for="dc-summary">事项简介和决策依据（可选）</label>
{{#ERR_SUMMARY}}<p class="field-error">{{MSG}}</p>{{/ERR_SUMMARY}}
<textarea id="dc-summary" name="summary" rows="4" maxlength="2000">{{SUMMARY:pre_escape}}</textarea></div>
<div class="grid">
<div class="field{{#ERR_CONSULTATION_ID}} has-error{{/ERR_CONSULTATION_ID}}"><label for="dc-consult">意见征集编号（可选）</label>
{{#ERR_CONSULTATION_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_CONSULTATION_ID}}
<input id="dc-consult" name="consultation_id" type="text" inputmode="numeric" value="{{CONSULTATION_ID}}" maxlength="12"></div>
<div class="field{{#ERR_RESULT_INDEX_NO}} has-error{{/ERR_RESULT_INDEX_NO}}"><label for="dc-result">决策文件索引号（公布后填写）</label>
{{#ERR_RESULT_INDEX_NO}}<p class="field-error">{{MSG}}</p>{{/ERR_RESULT_INDEX_NO}}
<input id="dc-result" name="result_index_no" type="text" value="{{RESULT_INDEX_NO}}" maxlength="100"></div>
</div>
</section>
<section class="card" aria-labelledby="s-title"><h2 class="card-title" id="s-title">决策环节</h2>
<p class="field-hint">填写各环节的计划时间，完成后填写完成时间（不晚于今天，且不早于前一环节）。专家论证、风险评估不需要的留空。</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="决策环节的时间">
<table class="table"><thead><tr><th scope="col">环节</th><th scope="col">计划时间</th><th scope="col">完成时间</th></tr></thead>
<tbody>{{#STAGES}}<tr><th scope="row" id="st-{{CODE}}">{{LABEL}}{{#STAGE_ERROR}}<p class="field-error">{{MSG}}</p>{{/STAGE_ERROR}}</th>
<td><label class="sr-only" for="pl-{{CODE}}">{{LABEL}}计划时间</label><input id="pl-{{CODE}}" name="planned_{{CODE}}" type="date" value="{{PLANNED}}"></td>
<td><label class="sr-only" for="dn-{{CODE}}">{{LABEL}}完成时间</label><input id="dn-{{CODE}}" name="done_{{CODE}}" type="date" value="{{DONE}}"></td></tr>{{/STAGES}}</tbody></table></div>
</section>
<div class="form-actions"><button type="submit" class="btn btn-primary">{{#NEW}}保存为草稿{{/NEW}}{{#EDIT}}保存{{/EDIT}}</button>
<a href="/console/decisions{{#EDIT}}/{{ID}}{{/EDIT}}">取消</a></div>
</form>
