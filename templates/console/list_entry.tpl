{{%AUTOESCAPE context="HTML"}}
{{! An entry's form: FillKind (KIND KIND_LABEL); NEW (ACTION, AGENCIES MANY_AGENCIES ONE_AGENCY AGENCY_ID) or EXISTING (FillRow:
    STATE STATE_CODE UPDATED_ON PUBLISHED_ON, PUBLIC, WITHDRAWN (REASON)) with ID ACTION CAN_EDIT READ_ONLY, ACTIONS and WITHDRAW
    (CODE LABEL URL CSRF_TOKEN DANGER ERROR (MESSAGE)); FIELDS (KEY LABEL VALUE HINT HAS_HINT REQUIRED ERROR (MESSAGE), INPUT (TYPE)
    | TEXTAREA (ROWS) | SELECT (KEY, OPTIONS (VALUE SELECTED))); HAS_ERRORS ERRORS (MSG); CSRF_TOKEN. }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/console/lists">公开清单</a> / <a href="/console/lists/{{KIND}}">{{KIND_LABEL}}</a> / <span aria-current="page">{{#NEW}}新增条目{{/NEW}}{{#EXISTING}}{{TITLE}}{{/EXISTING}}</span></nav>
<header class="page-header"><h1>{{#NEW}}新增{{KIND_LABEL}}条目{{/NEW}}{{#EXISTING}}{{TITLE}}{{/EXISTING}}</h1></header>
{{#EXISTING}}<p><span class="badge list-{{STATE_CODE}}">{{STATE}}</span> <span class="muted">更新于 {{UPDATED_ON}}</span>{{#PUBLIC}} · <a href="/lists/{{KIND}}/{{ID}}">查看公开页面</a>{{/PUBLIC}}</p>
{{#WITHDRAWN}}<p class="alert alert-info">该条目已撤下，原因：{{REASON}}。公众访问原网址时会看到这一原因。</p>{{/WITHDRAWN}}{{/EXISTING}}
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>请改正以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
{{#READ_ONLY}}<p class="field-hint">该条目当前不能由您修改：草稿由信息员或公开办修改，已公开的条目由公开办修改，已撤下的条目须先重新公开。</p>{{/READ_ONLY}}
<form class="form form-wide card" method="post" action="{{ACTION}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
{{#NEW}}{{#MANY_AGENCIES}}<div class="field"><label for="lst-agency">所属机构</label><select id="lst-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select>
{{#ERR_AGENCY_ID}}<p class="field-error">{{MSG}}</p>{{/ERR_AGENCY_ID}}</div>{{/MANY_AGENCIES}}
{{#ONE_AGENCY}}<input type="hidden" name="agency_id" value="{{AGENCY_ID}}">{{/ONE_AGENCY}}{{/NEW}}
<fieldset{{#READ_ONLY}} disabled{{/READ_ONLY}}><legend>{{KIND_LABEL}}</legend>
{{#FIELDS}}<div class="field{{#ERROR}} has-error{{/ERROR}}"><label for="f-{{KEY}}">{{LABEL}}{{#REQUIRED}}<span class="muted">（必填）</span>{{/REQUIRED}}</label>
{{#HAS_HINT}}<p class="field-hint" id="f-{{KEY}}-hint">{{HINT}}</p>{{/HAS_HINT}}
{{#ERROR}}<p class="field-error" id="f-{{KEY}}-err">{{MESSAGE}}</p>{{/ERROR}}
{{#INPUT}}<input id="f-{{KEY}}" name="{{KEY}}" type="{{TYPE}}" value="{{VALUE}}" maxlength="200"{{#REQUIRED}} required{{/REQUIRED}}{{#HAS_HINT}} aria-describedby="f-{{KEY}}-hint"{{/HAS_HINT}}{{#ERROR}} aria-invalid="true"{{/ERROR}}>{{/INPUT}}
{{#TEXTAREA}}<textarea id="f-{{KEY}}" name="{{KEY}}" rows="{{ROWS}}"{{#REQUIRED}} required{{/REQUIRED}}{{#HAS_HINT}} aria-describedby="f-{{KEY}}-hint"{{/HAS_HINT}}{{#ERROR}} aria-invalid="true"{{/ERROR}}>{{VALUE}}</textarea>{{/TEXTAREA}}
{{#SELECT}}<select id="f-{{KEY}}" name="{{KEY}}"{{#REQUIRED}} required{{/REQUIRED}}{{#ERROR}} aria-invalid="true"{{/ERROR}}><option value="">请选择</option>{{#OPTIONS}}<option{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>{{/OPTIONS}}</select>{{/SELECT}}
</div>{{/FIELDS}}
</fieldset>
{{#NEW}}<div class="form-actions"><button type="submit" class="btn btn-primary">保存为草稿</button> <a href="/console/lists/{{KIND}}">取消</a></div>{{/NEW}}
{{#CAN_EDIT}}<div class="form-actions"><button type="submit" class="btn btn-primary">保存修改</button> <a href="/console/lists/{{KIND}}">返回</a></div>{{/CAN_EDIT}}
</form>
{{#ACTIONS}}<form class="inline-form" method="post" action="{{URL}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><button type="submit" class="btn{{#DANGER}} btn-danger{{/DANGER}}{{#SAFE}} btn-secondary{{/SAFE}}">{{LABEL}}</button></form>{{/ACTIONS}}
{{#WITHDRAW}}<form class="form card" method="post" action="{{URL}}" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field{{#ERROR}} has-error{{/ERROR}}"><label for="lst-reason">撤下原因</label>
<p class="field-hint" id="lst-reason-hint">将向公众说明，例如：该事项已依法取消。</p>
{{#ERROR}}<p class="field-error">{{MESSAGE}}</p>{{/ERROR}}
<textarea id="lst-reason" name="reason" rows="2" maxlength="500" aria-describedby="lst-reason-hint"></textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-danger">{{LABEL}}</button></div>
</form>{{/WITHDRAW}}
