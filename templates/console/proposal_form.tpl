{{%AUTOESCAPE context="HTML"}}
{{! Register or correct a proposal: HEADING ACTION; EXISTING (ID); AGENCIES KINDS ROLES (VALUE LABEL SELECTED); YEAR NUMBER TITLE PROPOSER
    SUMMARY ASSIGNED_ON; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/proposals">建议提案办理</a> / <span aria-current="page">{{HEADING}}</span></nav>
<header class="page-header"><h1>{{HEADING}}</h1></header>
<form class="form form-wide card" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="grid">
<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="pf-agency">承办机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="pf-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>
<div class="field{{#ERR_YEAR}} has-error{{/ERR_YEAR}}"><label for="pf-year">年度</label>
{{#ERR_YEAR}}<p class="field-error" id="pf-year-err">{{MSG}}</p>{{/ERR_YEAR}}
<input id="pf-year" name="year" type="text" inputmode="numeric" value="{{YEAR}}" maxlength="4"{{#ERR_YEAR}} aria-invalid="true" aria-describedby="pf-year-err"{{/ERR_YEAR}}></div>
<div class="field{{#ERR_KIND}} has-error{{/ERR_KIND}}"><label for="pf-kind">类别</label>
{{#ERR_KIND}}<p class="field-error">{{MSG}}</p>{{/ERR_KIND}}
<select id="pf-kind" name="kind"><option value="">请选择</option>{{#KINDS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KINDS}}</select></div>
<div class="field{{#ERR_NUMBER}} has-error{{/ERR_NUMBER}}"><label for="pf-number">建议（提案）号</label>
{{#ERR_NUMBER}}<p class="field-error" id="pf-number-err">{{MSG}}</p>{{/ERR_NUMBER}}
<input id="pf-number" name="number" type="text" value="{{NUMBER}}" maxlength="30" placeholder="如 第0123号"{{#ERR_NUMBER}} aria-invalid="true" aria-describedby="pf-number-err"{{/ERR_NUMBER}}></div>
<div class="field{{#ERR_ROLE}} has-error{{/ERR_ROLE}}"><label for="pf-role">承办方式</label>
{{#ERR_ROLE}}<p class="field-error">{{MSG}}</p>{{/ERR_ROLE}}
<select id="pf-role" name="role">{{#ROLES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLES}}</select></div>
<div class="field{{#ERR_ASSIGNED_ON}} has-error{{/ERR_ASSIGNED_ON}}"><label for="pf-assigned">交办日期</label>
<p class="field-hint" id="pf-assigned-hint">答复期限为交办之日起 3 个月。</p>
{{#ERR_ASSIGNED_ON}}<p class="field-error" id="pf-assigned-err">{{MSG}}</p>{{/ERR_ASSIGNED_ON}}
<input id="pf-assigned" name="assigned_on" type="date" value="{{ASSIGNED_ON}}" aria-describedby="pf-assigned-hint{{#ERR_ASSIGNED_ON}} pf-assigned-err{{/ERR_ASSIGNED_ON}}"></div>
</div>
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}"><label for="pf-title">标题</label>
{{#ERR_TITLE}}<p class="field-error" id="pf-title-err">{{MSG}}</p>{{/ERR_TITLE}}
<input id="pf-title" name="title" type="text" value="{{TITLE}}" maxlength="200"{{#ERR_TITLE}} aria-invalid="true" aria-describedby="pf-title-err"{{/ERR_TITLE}}></div>
<div class="field{{#ERR_PROPOSER}} has-error{{/ERR_PROPOSER}}"><label for="pf-proposer">领衔代表（委员）</label>
{{#ERR_PROPOSER}}<p class="field-error" id="pf-proposer-err">{{MSG}}</p>{{/ERR_PROPOSER}}
<input id="pf-proposer" name="proposer" type="text" value="{{PROPOSER}}" maxlength="200"{{#ERR_PROPOSER}} aria-invalid="true" aria-describedby="pf-proposer-err"{{/ERR_PROPOSER}}></div>
<div class="field{{#ERR_SUMMARY}} has-error{{/ERR_SUMMARY}}"><label for="pf-summary">内容摘要（可选）</label>
{{#ERR_SUMMARY}}<p class="field-error">{{MSG}}</p>{{/ERR_SUMMARY}}
<textarea id="pf-summary" name="summary" rows="4">{{SUMMARY}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button> {{#EXISTING}}<a class="btn btn-secondary" href="/console/proposals/{{ID}}">取消</a>{{/EXISTING}}</div>
</form>
