{{%AUTOESCAPE context="HTML"}}
{{! Role grant rows, included by user_new.tpl and user_edit.tpl.
    GRANTS (INDEX; EMPTY_ROW; ROLE_OPTIONS (CODE LABEL SELECTED); AGENCY_OPTIONS (ID NAME SELECTED);
    DEPT_OPTIONS (ID NAME SELECTED)). }}
<fieldset class="grants">
<legend>角色</legend>
<p class="field-hint">每行授予一个角色。选择“不授予”可删除该行；最后一行用于新增角色。</p>
{{#GRANTS}}
<div class="grant-row grid">
<div class="field">
<label for="role-{{INDEX}}">角色 {{INDEX}}</label>
<select id="role-{{INDEX}}" name="role">
<option value="">不授予</option>
{{#ROLE_OPTIONS}}<option value="{{CODE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTIONS}}
</select>
</div>
<div class="field">
<label for="agency-{{INDEX}}">所属机构 {{INDEX}}</label>
<select id="agency-{{INDEX}}" name="agency_id">
{{#AGENCY_OPTIONS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/AGENCY_OPTIONS}}
</select>
</div>
<div class="field">
<label for="dept-{{INDEX}}">处室或单位 {{INDEX}}（可选）</label>
<select id="dept-{{INDEX}}" name="department_id">
<option value="0">整个机构</option>
{{#DEPT_OPTIONS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/DEPT_OPTIONS}}
</select>
</div>
</div>
{{/GRANTS}}
</fieldset>
