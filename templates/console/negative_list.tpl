{{%AUTOESCAPE context="HTML"}}
{{! 不予公开事项清单 (console): AGENCIES (VALUE LABEL SELECTED); ENTRIES (ID AGENCY NAME BASIS DESCRIPTION POSITION; ACTIVE; RETIRED; CSRF_TOKEN);
    NAME BASIS DESCRIPTION as typed; ERR_*; HAS_ERRORS ERRORS; CSRF_TOKEN. }}
<header class="page-header"><h1>不予公开事项清单</h1></header>
<p>本机关依法不予公开的政府信息类别及其法律依据（负面清单），在网站<a href="/negative-list">不予公开事项清单</a>公开。信息的公开方式选择“不予公开”时，须引用本清单中的一项。已被引用的事项只能停用，不能删除。</p>
{{#HAS_ERRORS}}<div class="alert alert-error" role="alert"><p>未保存，请修改以下问题：</p><ul>{{#ERRORS}}<li>{{MSG}}</li>{{/ERRORS}}</ul></div>{{/HAS_ERRORS}}
<div class="table-wrap" tabindex="0" role="region" aria-label="清单事项">
<table class="table">
<caption class="sr-only">不予公开事项</caption>
<thead><tr><th scope="col">机构</th><th scope="col">事项、依据和具体情形</th><th scope="col">状态</th></tr></thead>
<tbody>
{{#ENTRIES}}<tr><td>{{AGENCY}}</td><td>
<form class="form" method="post" action="/console/negative-list/{{ID}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="ng-name-{{ID}}">事项</label><input id="ng-name-{{ID}}" name="name" type="text" value="{{NAME}}" maxlength="100"></div>
<div class="field"><label for="ng-basis-{{ID}}">依据</label><input id="ng-basis-{{ID}}" name="basis" type="text" value="{{BASIS}}" maxlength="500"></div>
<div class="field"><label for="ng-desc-{{ID}}">具体情形（可选）</label><textarea id="ng-desc-{{ID}}" name="description" rows="2">{{DESCRIPTION}}</textarea></div>
<div class="field"><label for="ng-pos-{{ID}}">排序</label><input id="ng-pos-{{ID}}" name="position" type="text" inputmode="numeric" value="{{POSITION}}"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary btn-small">保存<span class="sr-only">{{NAME}}</span></button></div>
</form></td>
<td>{{#ACTIVE}}使用中<form method="post" action="/console/negative-list/{{ID}}/retire"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="retired" value="1"><button type="submit" class="btn btn-secondary btn-small">停用<span class="sr-only">{{NAME}}</span></button></form>{{/ACTIVE}}{{#RETIRED}}已停用<form method="post" action="/console/negative-list/{{ID}}/retire"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}"><input type="hidden" name="retired" value="0"><button type="submit" class="btn btn-secondary btn-small">恢复<span class="sr-only">{{NAME}}</span></button></form>{{/RETIRED}}</td></tr>
{{/ENTRIES}}
</tbody>
</table>
</div>
<form class="form card" method="post" action="/console/negative-list" novalidate aria-labelledby="ng-new">
<h2 class="card-title" id="ng-new">新增事项</h2>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<div class="field"><label for="ng-agency">机构</label><select id="ng-agency" name="agency_id">{{#AGENCIES}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCIES}}</select></div>
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}"><label for="ng-name">事项</label>{{#ERR_NAME}}<p class="field-error" id="ng-name-err">{{MSG}}</p>{{/ERR_NAME}}
<input id="ng-name" name="name" type="text" value="{{NAME}}" maxlength="100" placeholder="如 涉及国家秘密的信息"{{#ERR_NAME}} aria-invalid="true" aria-describedby="ng-name-err"{{/ERR_NAME}}></div>
<div class="field{{#ERR_BASIS}} has-error{{/ERR_BASIS}}"><label for="ng-basis">依据</label>{{#ERR_BASIS}}<p class="field-error" id="ng-basis-err">{{MSG}}</p>{{/ERR_BASIS}}
<input id="ng-basis" name="basis" type="text" value="{{BASIS}}" maxlength="500" placeholder="如《中华人民共和国政府信息公开条例》第十四条"{{#ERR_BASIS}} aria-invalid="true" aria-describedby="ng-basis-err"{{/ERR_BASIS}}></div>
<div class="field{{#ERR_DESCRIPTION}} has-error{{/ERR_DESCRIPTION}}"><label for="ng-desc">具体情形（可选）</label>{{#ERR_DESCRIPTION}}<p class="field-error">{{MSG}}</p>{{/ERR_DESCRIPTION}}
<textarea id="ng-desc" name="description" rows="2">{{DESCRIPTION}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">新增</button></div>
</form>
