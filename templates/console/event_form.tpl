{{%AUTOESCAPE context="HTML"}}
{{! The event form: HEADING ACTION; EXISTING (ID); AGENCIES KINDS (VALUE LABEL SELECTED); TITLE DESCRIPTION PLACE STARTS_AT CLOSES_AT
    CAPACITY WAITLIST MATERIALS; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/events">听证会与开放日</a> / <span aria-current="page">{{HEADING}}</span></nav>
<header class="page-header"><h1>{{HEADING}}</h1></header>
<form class="form form-wide card" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="grid">
<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="ev-agency">举办机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="ev-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>
<div class="field{{#ERR_KIND}} has-error{{/ERR_KIND}}"><label for="ev-kind">活动类型</label>
{{#ERR_KIND}}<p class="field-error">{{MSG}}</p>{{/ERR_KIND}}
<select id="ev-kind" name="kind">{{#KINDS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KINDS}}</select></div>
</div>
<div class="field{{#ERR_TITLE}} has-error{{/ERR_TITLE}}"><label for="ev-title">活动名称</label>
{{#ERR_TITLE}}<p class="field-error" id="ev-title-err">{{MSG}}</p>{{/ERR_TITLE}}
<input id="ev-title" name="title" type="text" value="{{TITLE}}" maxlength="100"{{#ERR_TITLE}} aria-invalid="true" aria-describedby="ev-title-err"{{/ERR_TITLE}}></div>
<div class="field{{#ERR_DESCRIPTION}} has-error{{/ERR_DESCRIPTION}}"><label for="ev-desc">活动简介（听证事项、开放内容或访谈主题；Markdown）</label>
{{#ERR_DESCRIPTION}}<p class="field-error" id="ev-desc-err">{{MSG}}</p>{{/ERR_DESCRIPTION}}
<textarea id="ev-desc" name="description" rows="6"{{#ERR_DESCRIPTION}} aria-invalid="true" aria-describedby="ev-desc-err"{{/ERR_DESCRIPTION}}>{{DESCRIPTION}}</textarea></div>
<div class="grid">
<div class="field{{#ERR_PLACE}} has-error{{/ERR_PLACE}}"><label for="ev-place">地点（在线访谈填写网址或平台）</label>
{{#ERR_PLACE}}<p class="field-error" id="ev-place-err">{{MSG}}</p>{{/ERR_PLACE}}
<input id="ev-place" name="place" type="text" value="{{PLACE}}" maxlength="200"{{#ERR_PLACE}} aria-invalid="true" aria-describedby="ev-place-err"{{/ERR_PLACE}}></div>
<div class="field{{#ERR_STARTS_AT}} has-error{{/ERR_STARTS_AT}}"><label for="ev-starts">活动时间（北京时间）</label>
{{#ERR_STARTS_AT}}<p class="field-error" id="ev-starts-err">{{MSG}}</p>{{/ERR_STARTS_AT}}
<input id="ev-starts" name="starts_at" type="datetime-local" value="{{STARTS_AT}}"{{#ERR_STARTS_AT}} aria-invalid="true" aria-describedby="ev-starts-err"{{/ERR_STARTS_AT}}></div>
<div class="field{{#ERR_CAPACITY}} has-error{{/ERR_CAPACITY}}"><label for="ev-capacity">名额（0 表示无需报名）</label>
{{#ERR_CAPACITY}}<p class="field-error" id="ev-capacity-err">{{MSG}}</p>{{/ERR_CAPACITY}}
<input id="ev-capacity" name="capacity" type="text" inputmode="numeric" value="{{CAPACITY}}" maxlength="6"{{#ERR_CAPACITY}} aria-invalid="true" aria-describedby="ev-capacity-err"{{/ERR_CAPACITY}}></div>
<div class="field{{#ERR_WAITLIST}} has-error{{/ERR_WAITLIST}}"><label for="ev-waitlist">候补名额（名额报满后可登记候补的人数，0 表示不设候补）</label>
{{#ERR_WAITLIST}}<p class="field-error" id="ev-waitlist-err">{{MSG}}</p>{{/ERR_WAITLIST}}
<input id="ev-waitlist" name="waitlist" type="text" inputmode="numeric" value="{{WAITLIST}}" maxlength="6"{{#ERR_WAITLIST}} aria-invalid="true" aria-describedby="ev-waitlist-err"{{/ERR_WAITLIST}}></div>
<div class="field{{#ERR_REGISTRATION_CLOSES_AT}} has-error{{/ERR_REGISTRATION_CLOSES_AT}}"><label for="ev-closes">报名截止时间（可选，默认为活动开始时）</label>
{{#ERR_REGISTRATION_CLOSES_AT}}<p class="field-error" id="ev-closes-err">{{MSG}}</p>{{/ERR_REGISTRATION_CLOSES_AT}}
<input id="ev-closes" name="registration_closes_at" type="datetime-local" value="{{CLOSES_AT}}"{{#ERR_REGISTRATION_CLOSES_AT}} aria-invalid="true" aria-describedby="ev-closes-err"{{/ERR_REGISTRATION_CLOSES_AT}}></div>
</div>
<div class="field{{#ERR_MATERIALS}} has-error{{/ERR_MATERIALS}}"><label for="ev-materials">活动材料（听证会必填：听证事项说明、草案等；Markdown）</label>
<p class="field-hint" id="ev-materials-hint">与活动一同公布。听证会须在召开 7 日前发布（《重大行政决策程序暂行条例》第十六条）。</p>
{{#ERR_MATERIALS}}<p class="field-error" id="ev-materials-err">{{MSG}}</p>{{/ERR_MATERIALS}}
<textarea id="ev-materials" name="materials" rows="8" aria-describedby="ev-materials-hint{{#ERR_MATERIALS}} ev-materials-err{{/ERR_MATERIALS}}">{{MATERIALS}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button> {{#EXISTING}}<a class="btn btn-secondary" href="/console/events/{{ID}}">取消</a>{{/EXISTING}}</div>
</form>
