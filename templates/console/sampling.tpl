{{%AUTOESCAPE context="HTML"}}
{{! 监督抽查 batches of the user's agencies. Q; BATCHES (FillBatch); NO_BATCHES; PAGINATION. }}
<header class="page-header"><h1>监督抽查</h1>
<p><a class="btn btn-primary" href="/console/sampling/new">导入抽查结果</a></p></header>
<p class="field-hint">每期监督抽查通告为一个批次：上传结果文件（CSV、XLSX 或 JSONL）生成草稿，核对后由公开办发布。发布后公众可按产品和企业查询，不合格产品突出显示。</p>
<form class="filters" method="get" action="/console/sampling" role="search" aria-label="查找抽查批次">
<div class="field"><label for="smp-q">通告标题、产品或企业</label><input id="smp-q" name="q" type="search" value="{{Q}}" maxlength="200"></div>
<button type="submit" class="btn btn-secondary">查找</button>
</form>
{{#NO_BATCHES}}<div class="card empty-state"><p>还没有抽查批次。</p></div>{{/NO_BATCHES}}
<div class="table-wrap" tabindex="0" role="region" aria-label="抽查批次列表">
<table class="table">
<thead><tr><th scope="col">通告</th><th scope="col">抽检批次</th><th scope="col">不合格</th><th scope="col">发布日期</th><th scope="col">状态</th></tr></thead>
<tbody>{{#BATCHES}}
<tr id="batch-{{ID}}"><td><a href="/console/sampling/{{ID}}">{{TITLE}}</a></td><td class="num">{{TOTAL}}</td><td class="num">{{FAILED}}</td><td>{{PUBLISHED_ON}}</td><td><span class="badge smp-{{STATE_CODE}}">{{STATE}}</span></td></tr>{{/BATCHES}}
</tbody>
</table>
</div>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 期，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
