{{%AUTOESCAPE context="HTML"}}
{{! Entry form of a decision. HEADING ACTION KIND; AGENCY_SELECT (OPTIONS (VALUE LABEL SELECTED)) for a new one;
    FIELDS (CODE LABEL INPUT (VALUE) / TEXTAREA (VALUE) / SELECT (OPTIONS (VALUE LABEL SELECTED)) HINT ERROR (MSG));
    HAS_ERRORS; ERRORS (FIELD MSG); ERR_AGENCY_ID; CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/enforcement">行政执法公示</a> / <span aria-current="page">{{HEADING}}</span></nav>
<header class="page-header"><h1>{{HEADING}}</h1></header>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li><a href="#enf-{{FIELD}}">{{MSG}}</a></li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<p class="field-hint">保存后在决定页面核对“公示效果预览”：身份证号、电话、银行账号、住址和自然人姓名会自动脱敏。证件类型和证件号码只供存档，任何情况下都不公开。</p>
<form class="form card" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<input type="hidden" name="kind" value="{{KIND}}">
{{#AGENCY_SELECT}}<div class="field{{#ERR_AGENCY_ID}} has-error{{/ERR_AGENCY_ID}}"><label for="enf-agency_id">机构</label>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}
<select id="enf-agency_id" name="agency_id">{{#OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTIONS}}</select></div>{{/AGENCY_SELECT}}
{{#FIELDS}}<div class="field{{#ERROR}} has-error{{/ERROR}}"><label for="enf-{{CODE}}">{{LABEL}}</label>
{{#HINT}}<p class="field-hint" id="enf-{{CODE}}-hint">{{HINT}}</p>{{/HINT}}
{{#ERROR}}<p class="field-error" id="enf-{{CODE}}-err">{{MSG}}</p>{{/ERROR}}
{{#INPUT}}<input id="enf-{{CODE}}" name="{{CODE}}" type="text" value="{{VALUE}}"{{#ERROR}} aria-invalid="true" aria-describedby="enf-{{CODE}}-err"{{/ERROR}}>{{/INPUT}}
{{#TEXTAREA}}<textarea id="enf-{{CODE}}" name="{{CODE}}" rows="4">{{VALUE:pre_escape}}</textarea>{{/TEXTAREA}}
{{#SELECT}}<select id="enf-{{CODE}}" name="{{CODE}}">{{#OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OPTIONS}}</select>{{/SELECT}}
</div>{{/FIELDS}}
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button> <a href="/console/enforcement">取消</a></div>
</form>
