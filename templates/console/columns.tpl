{{%AUTOESCAPE context="HTML"}}
{{! Column tree. AGENCY_OPTIONS (ID NAME SELECTED); AGENCY_ID AGENCY_NAME; COLUMNS (ID NAME CODE KIND POSITION INDENT PARENT
    PARENT_OPTIONS (ID NAME SELECTED) CSRF_TOKEN); NEW_PARENT_OPTIONS; NEW_NAME NEW_CODE; CATEGORIES; ERR_*; CSRF_TOKEN. }}
<header class="page-header"><h1>栏目管理</h1></header>
<form class="filters" method="get" action="/console/columns">
<div class="field"><label for="col-agency">机构</label><select id="col-agency" name="agency">{{#AGENCY_OPTIONS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/AGENCY_OPTIONS}}</select></div>
<button type="submit" class="btn btn-secondary">切换</button>
</form>
<section class="card" aria-labelledby="col-tree-title">
<h2 class="card-title" id="col-tree-title">{{AGENCY_NAME}}的栏目</h2>
<p class="field-hint">栏目代码是栏目网址的一部分（如 /columns/tzgg），创建后不能修改。</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="栏目表">
<table class="table">
<thead><tr><th scope="col">栏目</th><th scope="col">代码</th><th scope="col">类型</th><th scope="col">修改名称、上级和排序；删除空栏目</th></tr></thead>
<tbody>{{#COLUMNS}}
<tr><td><span aria-hidden="true">{{INDENT}}</span>{{NAME}}</td><td class="code"><a href="/columns/{{ID}}">{{CODE}}</a></td><td>{{KIND}}</td>
<td><form class="inline-edit" method="post" action="/console/columns/{{ID}}"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<label class="sr-only" for="c{{ID}}-name">{{NAME}}的名称</label><input id="c{{ID}}-name" name="name" type="text" value="{{NAME}}" size="12">
<label class="sr-only" for="c{{ID}}-parent">{{NAME}}的上级栏目</label><select id="c{{ID}}-parent" name="parent_id"><option value="0">（顶级）</option>{{#PARENT_OPTIONS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/PARENT_OPTIONS}}</select>
<label class="sr-only" for="c{{ID}}-pos">{{NAME}}的排序</label><input id="c{{ID}}-pos" name="position" type="number" min="0" value="{{POSITION}}" size="3">
<button type="submit" class="btn btn-secondary btn-small">保存<span class="sr-only">{{NAME}}</span></button></form>
<form class="inline-edit" method="post" action="/console/columns/{{ID}}/delete"><input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<button type="submit" class="btn btn-secondary btn-small">删除<span class="sr-only">{{NAME}}</span></button></form></td></tr>{{/COLUMNS}}
</tbody>
</table>
</div>
</section>
<section class="card" aria-labelledby="col-new-title">
<h2 class="card-title" id="col-new-title">新增栏目</h2>
<form class="form" method="post" action="/console/columns" novalidate>
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<input type="hidden" name="agency_id" value="{{AGENCY_ID}}">
<div class="field{{#ERR_NAME}} has-error{{/ERR_NAME}}"><label for="new-name">名称</label>{{#ERR_NAME}}<p class="field-error" id="new-name-err">{{MSG}}</p>{{/ERR_NAME}}<input id="new-name" name="name" type="text" value="{{NEW_NAME}}"{{#ERR_NAME}} aria-describedby="new-name-err" aria-invalid="true"{{/ERR_NAME}}></div>
<div class="field{{#ERR_CODE}} has-error{{/ERR_CODE}}"><label for="new-code">代码</label><p class="field-hint" id="new-code-hint">小写字母、数字和 -，以字母开头，例如 zt-spaq</p>{{#ERR_CODE}}<p class="field-error" id="new-code-err">{{MSG}}</p>{{/ERR_CODE}}<input id="new-code" name="code" type="text" value="{{NEW_CODE}}" aria-describedby="new-code-hint{{#ERR_CODE}} new-code-err{{/ERR_CODE}}"></div>
<div class="field{{#ERR_PARENT_ID}} has-error{{/ERR_PARENT_ID}}"><label for="new-parent">上级栏目</label>{{#ERR_PARENT_ID}}<p class="field-error" id="new-parent-err">{{MSG}}</p>{{/ERR_PARENT_ID}}<select id="new-parent" name="parent_id"><option value="0">（顶级）</option>{{#NEW_PARENT_OPTIONS}}<option value="{{ID}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/NEW_PARENT_OPTIONS}}</select></div>
<div class="field"><label for="new-kind">类型</label><select id="new-kind" name="kind"><option value="list">列表（发布多条信息）</option><option value="page">单页（显示最新一条信息的全文）</option></select></div>
<div class="form-actions"><button type="submit" class="btn btn-primary">新增栏目</button></div>
</form>
</section>
<section class="card" aria-labelledby="cat-title">
<h2 class="card-title" id="cat-title">{{AGENCY_NAME}}的组配分类</h2>
<form class="form" method="post" action="/console/columns/categories">
<input type="hidden" name="_csrf" value="{{CSRF_TOKEN}}">
<input type="hidden" name="agency_id" value="{{AGENCY_ID}}">
<div class="field"><label for="cat-list">组配分类（每行一个，按顺序显示；清空则恢复默认列表）</label>
<p class="field-hint" id="cat-hint">用于信息的“组配分类”选项和“法定主动公开内容”的分类浏览。已发布信息保留其原有分类。</p>
<textarea id="cat-list" name="categories" rows="10" aria-describedby="cat-hint">{{CATEGORIES:pre_escape}}</textarea></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">保存组配分类</button></div>
</form>
</section>
